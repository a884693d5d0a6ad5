import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { inboxHref, type ReportScope } from '../utils/inbox-links';
import { AXIS_COLOR, CURRENT_COLOR, GRID_COLOR, PREVIOUS_COLOR } from '../utils/report-colors';
import {
  changeBetween,
  formatChange,
  formatCount,
  intentLabel,
  isIntent,
  isUrgency,
  urgencyLabel,
} from '../utils/report-format';
import { ChartFrame } from './ChartFrame';

export const LabelMixChartFragment = graphql(`
  fragment LabelMixChart_count on ReportLabelCount {
    label
    count
    previous
  }
`);

/** Which label the bars count: each opens the inbox with its own filter. */
export type LabelMixKind = 'intent' | 'urgency';

const NAMES: Record<LabelMixKind, { label: (value: string) => string; heading: string }> = {
  intent: { label: intentLabel, heading: 'Intent' },
  urgency: { label: urgencyLabel, heading: 'Urgency' },
};

export interface LabelMixChartProps {
  kind: LabelMixKind;
  counts: ReadonlyArray<FragmentType<typeof LabelMixChartFragment>>;
  scope: ReportScope;
  showTable: boolean;
  /** Show the previous period as a pale bar beside each. */
  compare: boolean;
  /** The table's accessible name. */
  tableLabel: string;
}

/**
 * Comments per label (intent or urgency) as horizontal bars, the previous period as a pale ghost
 * bar beside each. One colour for every bar, so the legend reads "this period" against "before".
 */
export function LabelMixChart({
  kind,
  counts: countsRef,
  scope,
  showTable,
  compare,
  tableLabel,
}: LabelMixChartProps) {
  const counts = getFragmentData(LabelMixChartFragment, countsRef);
  const navigate = useNavigate();
  const names = NAMES[kind];
  const rows = counts.map((entry) => ({
    label: entry.label,
    name: names.label(entry.label),
    count: entry.count,
    previous: entry.previous,
  }));

  const hrefFor = (label: string) =>
    inboxHref({
      channelIds: scope.channelIds,
      channels: scope.channels,
      window: scope.range,
      intent: kind === 'intent' && isIntent(label) ? label : null,
      urgency: kind === 'urgency' && isUrgency(label) ? label : null,
    });

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No labelled comments in this period.
      </Text>
    );
  }

  if (showTable) {
    return (
      <Table aria-label={tableLabel} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{names.heading}</Table.Th>
            <Table.Th ta="right">Comments</Table.Th>
            {compare ? (
              <>
                <Table.Th ta="right">Previous period</Table.Th>
                <Table.Th ta="right">Change</Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const change = changeBetween(row.count, row.previous);
            return (
              <Table.Tr key={row.label}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={hrefFor(row.label)}
                    size="sm"
                    aria-label={`${row.name}: view in inbox`}
                  >
                    {row.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatCount(row.count)}</Table.Td>
                {compare ? (
                  <>
                    <Table.Td ta="right">{formatCount(row.previous)}</Table.Td>
                    <Table.Td ta="right">
                      {change !== null ? formatChange(change) : row.count > 0 ? 'New' : '—'}
                    </Table.Td>
                  </>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );
  }

  const height = Math.max(160, rows.length * (compare ? 40 : 30) + 60);
  return (
    <ChartFrame height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={AXIS_COLOR} fontSize={12} />
        <YAxis
          type="category"
          dataKey="name"
          width={140}
          stroke={AXIS_COLOR}
          fontSize={12}
          interval={0}
        />
        <Tooltip formatter={(value) => formatCount(Number(value))} />
        {compare ? <Legend itemSorter={null} /> : null}
        <Bar
          dataKey="count"
          name="This period"
          fill={CURRENT_COLOR}
          cursor="pointer"
          onClick={(_data, index) => {
            const row = rows[index];
            if (row) {
              void navigate(hrefFor(row.label));
            }
          }}
        />
        {compare ? <Bar dataKey="previous" name="Previous period" fill={PREVIOUS_COLOR} /> : null}
      </BarChart>
    </ChartFrame>
  );
}
