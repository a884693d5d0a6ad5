import { Table, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatCount } from '../utils/report-format';

export const AgentWorkloadTableFragment = graphql(`
  fragment AgentWorkloadTable_report on Report {
    agents {
      userId
      name
      repliesSent
      labelCorrections
    }
  }
`);

export interface AgentWorkloadTableProps {
  report: FragmentType<typeof AgentWorkloadTableFragment>;
}

/** Replies sent and triage labels corrected per team member. */
export function AgentWorkloadTable({ report: reportRef }: AgentWorkloadTableProps) {
  const { agents } = getFragmentData(AgentWorkloadTableFragment, reportRef);
  if (agents.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody replied or corrected a label in this period.
      </Text>
    );
  }
  return (
    <Table aria-label="Agent workload" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Team member</Table.Th>
          <Table.Th ta="right">Replies sent</Table.Th>
          <Table.Th ta="right">Labels corrected</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {agents.map((agent) => (
          <Table.Tr key={agent.userId ?? agent.name}>
            <Table.Td>{agent.name}</Table.Td>
            <Table.Td ta="right">{formatCount(agent.repliesSent)}</Table.Td>
            <Table.Td ta="right">{formatCount(agent.labelCorrections)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
