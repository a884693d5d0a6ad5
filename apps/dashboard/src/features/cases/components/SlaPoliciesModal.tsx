import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { SlaPoliciesQuery } from '../graphql/sla-policies.query';
import { SlaPolicyRow } from './SlaPolicyRow';

export interface SlaPoliciesModalProps {
  opened: boolean;
  onClose: () => void;
  /** Managers and admins change the deadlines; everyone else reads them. */
  canEdit: boolean;
}

/** The first-response deadline of each urgency, with its default; editable by managers. */
export function SlaPoliciesModal({ opened, onClose, canEdit }: SlaPoliciesModalProps) {
  const { data, loading, error } = useQuery(SlaPoliciesQuery, { skip: !opened });

  let body;
  if (error && !data) {
    body = (
      <Text c="red" role="alert">
        Could not load the SLA policies: {describeError(error).message}
      </Text>
    );
  } else if (!data) {
    body = loading ? <Loader size="sm" aria-label="Loading SLA policies" /> : null;
  } else {
    body = (
      <Table aria-label="SLA policies" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Urgency</Table.Th>
            <Table.Th>Deadline</Table.Th>
            <Table.Th>Default</Table.Th>
            <Table.Th>Last changed</Table.Th>
            {canEdit ? <Table.Th aria-label="Actions" /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.slaPolicies.map((policy) => (
            <SlaPolicyRow key={policy.urgency} policy={policy} canEdit={canEdit} />
          ))}
        </Table.Tbody>
      </Table>
    );
  }

  return (
    <Modal opened={opened} onClose={onClose} title="SLA policies" size="xl" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          How long the team has to first respond to a comment, and to work a case, by urgency.
          Comments follow a change at once; open cases keep the deadline they were given.
        </Text>
        {canEdit ? null : (
          <Alert color="slate" variant="light" icon={<IconInfoCircle size={16} aria-hidden />}>
            Only managers and admins can change the deadlines.
          </Alert>
        )}
        {body}
      </Stack>
    </Modal>
  );
}
