import { ROLE_LABELS } from '@bedside/domain';
import { Badge, Button, Table, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { ApiTokenRow_TokenFragment } from '../../../gql/graphql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow_token on ApiToken {
    id
    name
    role
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export type ApiTokenSummary = ApiTokenRow_TokenFragment;

export interface ApiTokenRowProps {
  token: FragmentType<typeof ApiTokenRowFragment>;
  onRevoke: (token: ApiTokenSummary) => void;
}

/** One integration's token: what it is for, its role, when it was made and last used. */
export function ApiTokenRow(props: ApiTokenRowProps) {
  const token = getFragmentData(ApiTokenRowFragment, props.token);
  const isRevoked = token.revokedAt !== null;
  return (
    <Table.Tr style={{ opacity: isRevoked ? 0.65 : 1 }}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {token.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color="slate">
          {ROLE_LABELS[toDomainValue(token.role)]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <TimeAgo value={token.createdAt} size="sm" />
      </Table.Td>
      <Table.Td>
        {token.lastUsedAt ? (
          <TimeAgo value={token.lastUsedAt} size="sm" />
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {token.revokedAt ? (
          <Badge variant="light" color="red">
            Revoked
          </Badge>
        ) : (
          <Badge variant="light" color="teal">
            Active
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {isRevoked ? null : (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={`Revoke ${token.name}`}
            onClick={() => props.onRevoke(token)}
          >
            Revoke
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
