import { SENTIMENT_LABELS, type SentimentLabel } from '@bedside/domain';
import { Anchor, Badge, Group, Stack, Table } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { SENTIMENT_COLORS } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { SENTIMENT_LABELS_TEXT } from '../../../ui/labels';
import { useSeriesClick } from '../hooks/useSeriesClick';
import { bucketWindow, inboxHref, type ReportScope } from '../utils/inbox-links';
import { AXIS_COLOR, GRID_COLOR, SENTIMENT_CHART_COLORS } from '../utils/report-colors';
import {
  formatBucketLabel,
  formatBucketTick,
  formatCount,
  formatShare,
  isSentiment,
} from '../utils/report-format';
import { ChartFrame } from './ChartFrame';

export const SentimentChartFragment = graphql(`
  fragment SentimentChart_report on Report {
    sentiment {
      bucket
      negative
      neutral
      positive
    }
    sentimentShare {
      label
      count
      previous
    }
  }
`);

/** Stacked from the bottom: negative first, where a rise is easiest to see. */
const STACK_ORDER: readonly SentimentLabel[] = SENTIMENT_LABELS;

export interface SentimentChartProps {
  report: FragmentType<typeof SentimentChartFragment>;
  scope: ReportScope;
  showTable: boolean;
  /** Show each sentiment's share in the previous period. */
  compare: boolean;
}

/** Negative, neutral and positive comments per bucket, as stacked areas, with their shares. */
export function SentimentChart({
  report: reportRef,
  scope,
  showTable,
  compare,
}: SentimentChartProps) {
  const { sentiment, sentimentShare } = getFragmentData(SentimentChartFragment, reportRef);
  const navigate = useNavigate();
  const { granularity } = scope.range;
  const rows = [...sentiment].sort((a, b) => a.bucket.localeCompare(b.bucket));

  const hrefFor = (bucket: string, label: SentimentLabel | null) =>
    inboxHref({
      channelIds: scope.channelIds,
      channels: scope.channels,
      window: bucketWindow(bucket, granularity, scope.range),
      sentiment: label,
    });
  const clicks = useSeriesClick<SentimentLabel>((index, label) => {
    const row = rows[index];
    if (row) {
      void navigate(hrefFor(row.bucket, label));
    }
  });

  const total = sentimentShare.reduce((sum, entry) => sum + entry.count, 0);
  const previousTotal = sentimentShare.reduce((sum, entry) => sum + entry.previous, 0);
  const shares = (
    <Group gap="xs" aria-label="Share of each sentiment" role="list">
      {sentimentShare
        .filter((entry) => isSentiment(entry.label))
        .map((entry) => {
          const label = entry.label as SentimentLabel;
          const share = total > 0 ? formatShare(entry.count / total) : '—';
          const before =
            compare && previousTotal > 0
              ? ` (${formatShare(entry.previous / previousTotal)} before)`
              : '';
          return (
            <Badge
              key={label}
              role="listitem"
              variant="light"
              color={SENTIMENT_COLORS[label]}
              tt="none"
              size="lg"
            >
              {SENTIMENT_LABELS_TEXT[label]} {formatCount(entry.count)} · {share}
              {before}
            </Badge>
          );
        })}
    </Group>
  );

  if (showTable) {
    return (
      <Stack gap="sm">
        {shares}
        <Table.ScrollContainer minWidth={480} maxHeight={420}>
          <Table aria-label="Sentiment over time" striped stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{granularity === 'HOUR' ? 'Hour' : 'Day'}</Table.Th>
                {STACK_ORDER.map((label) => (
                  <Table.Th key={label} ta="right">
                    {SENTIMENT_LABELS_TEXT[label]}
                  </Table.Th>
                ))}
                <Table.Th ta="right">Total</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const label = formatBucketLabel(row.bucket, granularity);
                return (
                  <Table.Tr key={row.bucket}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{label}</Table.Td>
                    {STACK_ORDER.map((sentimentLabel) => {
                      const count = row[sentimentLabel];
                      return (
                        <Table.Td key={sentimentLabel} ta="right">
                          {count > 0 ? (
                            <Anchor
                              component={Link}
                              to={hrefFor(row.bucket, sentimentLabel)}
                              size="sm"
                              aria-label={`${formatCount(count)} ${SENTIMENT_LABELS_TEXT[sentimentLabel].toLowerCase()}, ${label}: view in inbox`}
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
                      {formatCount(row.negative + row.neutral + row.positive)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {shares}
      <ChartFrame>
        <AreaChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          onClick={clicks.onChartClick}
          style={{ cursor: 'pointer' }}
        >
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
          {STACK_ORDER.map((label) => (
            <Area
              key={label}
              dataKey={label}
              name={SENTIMENT_LABELS_TEXT[label]}
              stackId="sentiment"
              type="monotone"
              stroke={SENTIMENT_CHART_COLORS[label]}
              fill={SENTIMENT_CHART_COLORS[label]}
              fillOpacity={0.4}
              onClick={clicks.onSeriesClick(label)}
            />
          ))}
        </AreaChart>
      </ChartFrame>
    </Stack>
  );
}
