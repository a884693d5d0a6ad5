import { Box, Button, Group, Table, Text } from '@mantine/core';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatCount } from '../utils/format-audit';
import { AuditEventRow } from './AuditEventRow';

export const AuditTableFragment = graphql(`
  fragment AuditTable_connection on AuditEventConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        ...AuditEventRow_event
      }
    }
  }
`);

export interface AuditTableProps {
  connection: FragmentType<typeof AuditTableFragment>;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}

/** The events, newest first, with how many match and a button for the next page. */
export function AuditTable(props: AuditTableProps) {
  const connection = getFragmentData(AuditTableFragment, props.connection);
  const shown = connection.edges.length;
  return (
    <Box>
      <Table
        striped={false}
        highlightOnHover
        verticalSpacing={8}
        horizontalSpacing="md"
        stickyHeader
        aria-label="Audit events"
        bg={SURFACE.panel}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>Time</Table.Th>
            <Table.Th w={200}>Actor</Table.Th>
            <Table.Th w={230}>Action</Table.Th>
            <Table.Th w={200}>Target</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connection.edges.map((edge) => (
            <AuditEventRow key={edge.node.id} event={edge.node} />
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" px="md" py="sm">
        <Text size="xs" c="dimmed" aria-live="polite">
          Showing {formatCount(shown)} of {formatCount(connection.totalCount)} events
        </Text>
        {connection.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            size="xs"
            onClick={props.onLoadMore}
            loading={props.isLoadingMore}
          >
            Load more
          </Button>
        ) : null}
      </Group>
    </Box>
  );
}
