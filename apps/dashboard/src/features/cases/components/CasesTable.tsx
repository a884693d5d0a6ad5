import { Button, Center, Table } from '@mantine/core';

import { type FragmentType } from '../../../gql';
import { CaseRow, type CaseRowFragment } from './CaseRow';

export interface CasesTableProps {
  rows: ReadonlyArray<{ node: { id: string } & FragmentType<typeof CaseRowFragment> }>;
  hasNextPage: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (caseId: string) => void;
}

/** The cases of the current view, with their countdowns; breached rows are red. */
export function CasesTable({
  rows,
  hasNextPage,
  isLoadingMore,
  onLoadMore,
  onOpen,
}: CasesTableProps) {
  return (
    <>
      <Table
        aria-label="Cases"
        highlightOnHover
        verticalSpacing="sm"
        horizontalSpacing="md"
        stickyHeader
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Case</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Team</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>SLA</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ node }) => (
            <CaseRow key={node.id} case={node} onOpen={onOpen} />
          ))}
        </Table.Tbody>
      </Table>
      {hasNextPage ? (
        <Center py="md">
          <Button variant="default" loading={isLoadingMore} onClick={onLoadMore}>
            Load more cases
          </Button>
        </Center>
      ) : null}
    </>
  );
}
