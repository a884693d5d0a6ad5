import { Badge, Stack, Table, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { toDomainValue } from '../../../ui/vocabulary';
import { AXIS_COLOR, GRID_COLOR, P50_COLOR, P90_COLOR } from '../utils/report-colors';
import { formatCount, formatDuration, formatShare, urgencyLabel } from '../utils/report-format';
import { ChartFrame } from './ChartFrame';

export const ResponseTimesFragment = graphql(`
  fragment ResponseTimes_report on Report {
    responseTimes {
      urgency
      p50Seconds
      p90Seconds
      responded
      slaMinutes
      slaCompliance
    }
  }
`);

/** SLA compliance at or above this reads as on target. */
const COMPLIANCE_TARGET = 0.9;

function urgencyName(urgency: string | null | undefined): string {
  return urgency ? urgencyLabel(toDomainValue(urgency)) : 'All urgencies';
}

function duration(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '—' : formatDuration(seconds);
}

export interface ResponseTimesProps {
  report: FragmentType<typeof ResponseTimesFragment>;
  showTable: boolean;
}

/**
 * How fast comments got a first response, per urgency: the median and the slowest tenth as bars
 * (in minutes), and the share answered within the SLA target in the table under them.
 */
export function ResponseTimes({ report: reportRef, showTable }: ResponseTimesProps) {
  const { responseTimes } = getFragmentData(ResponseTimesFragment, reportRef);
  const perUrgency = responseTimes.filter((row) => row.urgency);
  const chartRows = perUrgency.map((row) => ({
    name: urgencyName(row.urgency),
    p50: row.p50Seconds === null || row.p50Seconds === undefined ? null : row.p50Seconds / 60,
    p90: row.p90Seconds === null || row.p90Seconds === undefined ? null : row.p90Seconds / 60,
  }));

  const table = (
    <Table aria-label="First response times" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Urgency</Table.Th>
          <Table.Th ta="right">Responded</Table.Th>
          <Table.Th ta="right">Median (p50)</Table.Th>
          <Table.Th ta="right">90th percentile</Table.Th>
          <Table.Th ta="right">SLA target</Table.Th>
          <Table.Th ta="right">Within SLA</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {responseTimes.map((row) => (
          <Table.Tr key={row.urgency ?? 'all'} fw={row.urgency ? undefined : 600}>
            <Table.Td>{urgencyName(row.urgency)}</Table.Td>
            <Table.Td ta="right">{formatCount(row.responded)}</Table.Td>
            <Table.Td ta="right">{duration(row.p50Seconds)}</Table.Td>
            <Table.Td ta="right">{duration(row.p90Seconds)}</Table.Td>
            <Table.Td ta="right">
              {row.slaMinutes === null || row.slaMinutes === undefined
                ? '—'
                : formatDuration(row.slaMinutes * 60)}
            </Table.Td>
            <Table.Td ta="right">
              {row.slaCompliance === null || row.slaCompliance === undefined ? (
                '—'
              ) : (
                <Badge
                  variant="light"
                  color={row.slaCompliance >= COMPLIANCE_TARGET ? 'teal' : 'red'}
                  tt="none"
                >
                  {formatShare(row.slaCompliance)}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  if (showTable || chartRows.every((row) => row.p50 === null && row.p90 === null)) {
    return responseTimes.length > 0 ? (
      table
    ) : (
      <Text size="sm" c="dimmed">
        No first responses in this period.
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      <ChartFrame height={240}>
        <BarChart data={chartRows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="name" stroke={AXIS_COLOR} fontSize={12} />
          <YAxis
            stroke={AXIS_COLOR}
            fontSize={12}
            width={56}
            tickFormatter={(minutes: number) => formatDuration(minutes * 60)}
          />
          <Tooltip formatter={(minutes) => formatDuration(Number(minutes) * 60)} />
          <Legend itemSorter={null} />
          <Bar dataKey="p50" name="Median" fill={P50_COLOR} />
          <Bar dataKey="p90" name="90th percentile" fill={P90_COLOR} />
        </BarChart>
      </ChartFrame>
      {table}
    </Stack>
  );
}
