import { Alert, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import type { FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { useRevokeApiToken } from '../hooks/useRevokeApiToken';
import { messageForAdmin } from '../utils/server-message';
import { ApiTokenRow, type ApiTokenRowFragment, type ApiTokenSummary } from './ApiTokenRow';
import { CreateApiTokenModal } from './CreateApiTokenModal';

export interface ApiTokensPanelProps {
  tokens: ReadonlyArray<FragmentType<typeof ApiTokenRowFragment> & { id: string }>;
}

/** Tokens integrations call the API with: listed, created (secret shown once) and revoked. */
export function ApiTokensPanel({ tokens }: ApiTokensPanelProps) {
  const [isCreating, setIsCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);
  const { revokeApiToken, isRevoking, error, reset } = useRevokeApiToken();

  const closeRevoke = () => {
    reset();
    setRevoking(null);
  };
  const confirmRevoke = async () => {
    if (revoking && (await revokeApiToken(revoking.id))) {
      closeRevoke();
    }
  };

  return (
    <>
      <Group justify="space-between" px="lg" py="sm">
        <Text size="sm" c="dimmed">
          Integrations send <code>Authorization: Bearer &lt;secret&gt;</code>. Each token has a
          role, like a person.
        </Text>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setIsCreating(true)}
        >
          Create token
        </Button>
      </Group>
      {tokens.length === 0 ? (
        <EmptyState
          icon={<IconKey size={26} />}
          title="No API tokens yet"
          description="Create one for each integration, so each can be revoked on its own."
        />
      ) : (
        <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={150}>Role</Table.Th>
              <Table.Th w={160}>Created</Table.Th>
              <Table.Th w={160}>Last used</Table.Th>
              <Table.Th w={140}>Status</Table.Th>
              <Table.Th w={100}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <ApiTokenRow key={token.id} token={token} onRevoke={setRevoking} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateApiTokenModal opened={isCreating} onClose={() => setIsCreating(false)} />
      <Modal opened={revoking !== null} onClose={closeRevoke} title="Revoke API token" centered>
        <Stack gap="md">
          <Text size="sm">
            Revoke “{revoking?.name}”? Every call made with it is refused from now on; this cannot
            be undone.
          </Text>
          {error ? (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{messageForAdmin(error)}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeRevoke} disabled={isRevoking}>
              Cancel
            </Button>
            <Button color="red" loading={isRevoking} onClick={() => void confirmRevoke()}>
              Revoke
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
