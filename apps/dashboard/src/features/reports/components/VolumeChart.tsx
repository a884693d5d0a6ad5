import { Anchor, Table } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useSeriesClick } from '../hooks/useSeriesClick';
import { bucketWindow, inboxHref, type ReportScope } from '../utils/inbox-links';
import { AXIS_COLOR, GRID_COLOR, seriesColor } from '../utils/report-colors';
import { formatBucketLabel, formatBucketTick, formatCount } from '../utils/report-format';
import { ChartFrame } from './ChartFrame';

export const VolumeChartFragment = graphql(`
  fragment VolumeChart_report on Report {
    volume {
      bucket
      channelId
      count
    }
  }
`);

interface Series {
  /** Key in the chart rows: channel ids are not safe as Recharts paths. */
  key: string;
  channelId: string;
  name: string;
  color: string;
}

type VolumeRow = { bucket: string; total: number } & Record<string, number | string>;

/** One row per bucket, one column (`s0`, `s1`, …) per channel, channels in the list's order. */
export function volumeRows(
  points: ReadonlyArray<{ bucket: string; channelId: string; count: number }>,
  channels: ReadonlyArray<{ id: string; displayName: string }>,
): { series: Series[]; rows: VolumeRow[] } {
  const channelIds = [...new Set(points.map((point) => point.channelId))];
  const rank = (id: string) => {
    const index = channels.findIndex((channel) => channel.id === id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  channelIds.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const series = channelIds.map((channelId, index) => ({
    key: `s${index}`,
    channelId,
    name: channels.find((channel) => channel.id === channelId)?.displayName ?? 'Unknown channel',
    color: seriesColor(index),
  }));
  const keyOf = new Map(series.map((entry) => [entry.channelId, entry.key]));
  const rows = new Map<string, VolumeRow>();
  for (const point of points) {
    let row = rows.get(point.bucket);
    if (!row) {
      row = { bucket: point.bucket, total: 0 };
      for (const entry of series) {
        row[entry.key] = 0;
      }
      rows.set(point.bucket, row);
    }
    row[keyOf.get(point.channelId) ?? ''] = point.count;
    row.total += point.count;
  }
  return {
    series,
    rows: [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket)),
  };
}

export interface VolumeChartProps {
  report: FragmentType<typeof VolumeChartFragment>;
  scope: ReportScope;
  showTable: boolean;
}

/**
 * Comments per bucket, stacked by channel: bars per day, areas per hour. Clicking a bar (or a
 * band of the areas) opens those comments in the inbox; the table view links each number.
 */
export function VolumeChart({ report: reportRef, scope, showTable }: VolumeChartProps) {
  const { volume } = getFragmentData(VolumeChartFragment, reportRef);
  const navigate = useNavigate();
  const { granularity } = scope.range;
  const { series, rows } = volumeRows(volume, scope.channels);

  const hrefFor = (bucket: string, channelId: string | null) =>
    inboxHref({
      channelIds: channelId ? [channelId] : scope.channelIds,
      channels: scope.channels,
      window: bucketWindow(bucket, granularity, scope.range),
    });
  const open = (index: number, key: string | null) => {
    const row = rows[index];
    if (row) {
      const channelId = series.find((entry) => entry.key === key)?.channelId ?? null;
      void navigate(hrefFor(row.bucket, channelId));
    }
  };
  const areaClicks = useSeriesClick<string>(open);

  if (showTable) {
    return (
      <Table.ScrollContainer minWidth={480} maxHeight={420}>
        <Table aria-label="Volume over time" striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{granularity === 'HOUR' ? 'Hour' : 'Day'}</Table.Th>
              {series.map((entry) => (
                <Table.Th key={entry.key} ta="right">
                  {entry.name}
                </Table.Th>
              ))}
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th>Inbox</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const label = formatBucketLabel(row.bucket, granularity);
              return (
                <Table.Tr key={row.bucket}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{label}</Table.Td>
                  {series.map((entry) => {
                    const count = Number(row[entry.key]);
                    return (
                      <Table.Td key={entry.key} ta="right">
                        {count > 0 ? (
                          <Anchor
                            component={Link}
                            to={hrefFor(row.bucket, entry.channelId)}
                            size="sm"
                            aria-label={`${formatCount(count)} on ${entry.name}, ${label}: view in inbox`}
                          >
                            {formatCount(count)}
                          </Anchor>
                        ) : (
                          '0'
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right" fw={600}>
                    {formatCount(row.total)}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={hrefFor(row.bucket, null)}
                      size="sm"
                      aria-label={`View in inbox: ${label}`}
                    >
                      View in inbox
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  const axes = (
    <>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis
        dataKey="bucket"
        tickFormatter={(bucket: string) => formatBucketTick(bucket, granularity)}
        stroke={AXIS_COLOR}
        fontSize={12}
        minTickGap={16}
      />
      <YAxis allowDecimals={false} stroke={AXIS_COLOR} fontSize={12} width={40} />
      <Tooltip
        labelFormatter={(bucket: unknown) =>
          typeof bucket === 'string' ? formatBucketLabel(bucket, granularity) : null
        }
        formatter={(value) => formatCount(Number(value))}
      />
      <Legend itemSorter={null} />
    </>
  );

  return (
    <ChartFrame>
      {granularity === 'DAY' ? (
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          {axes}
          {series.map((entry) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.name}
              stackId="volume"
              fill={entry.color}
              cursor="pointer"
              onClick={(_data, index) => open(index, entry.key)}
            />
          ))}
        </BarChart>
      ) : (
        <AreaChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          onClick={areaClicks.onChartClick}
          style={{ cursor: 'pointer' }}
        >
          {axes}
          {series.map((entry) => (
            <Area
              key={entry.key}
              dataKey={entry.key}
              name={entry.name}
              stackId="volume"
              type="monotone"
              stroke={entry.color}
              fill={entry.color}
              fillOpacity={0.35}
              onClick={areaClicks.onSeriesClick(entry.key)}
            />
          ))}
        </AreaChart>
      )}
    </ChartFrame>
  );
}
