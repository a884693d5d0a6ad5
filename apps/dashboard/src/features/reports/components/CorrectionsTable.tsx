import { Table, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { correctionFieldName, correctionLabel, formatCount } from '../utils/report-format';

export const CorrectionsTableFragment = graphql(`
  fragment CorrectionsTable_report on Report {
    corrections {
      field
      label
      count
    }
  }
`);

export interface CorrectionsTableProps {
  report: FragmentType<typeof CorrectionsTableFragment>;
}

/** How often people corrected the automatic triage, by the label they chose instead. */
export function CorrectionsTable({ report: reportRef }: CorrectionsTableProps) {
  const { corrections } = getFragmentData(CorrectionsTableFragment, reportRef);
  if (corrections.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No triage label was corrected in this period.
      </Text>
    );
  }
  return (
    <Table aria-label="Label corrections" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Label</Table.Th>
          <Table.Th>Corrected to</Table.Th>
          <Table.Th ta="right">Times</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {corrections.map((correction) => (
          <Table.Tr key={`${correction.field}:${correction.label}`}>
            <Table.Td>{correctionFieldName(correction.field)}</Table.Td>
            <Table.Td>{correctionLabel(correction.field, correction.label)}</Table.Td>
            <Table.Td ta="right">{formatCount(correction.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
