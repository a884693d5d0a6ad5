import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatChange, formatCount, formatDuration } from '../utils/report-format';

export const ReportKpisFragment = graphql(`
  fragment ReportKpis_report on Report {
    comments {
      current
      previous
      changePercent
    }
    negative {
      current
      previous
      changePercent
    }
    repliesSent {
      current
      previous
      changePercent
    }
    escalationsOpened {
      current
      previous
      changePercent
    }
    escalationsResolved {
      current
      previous
      changePercent
    }
    medianTimeToResolveSeconds
  }
`);

/** Whether a rise is good news (replies sent), bad news (negative comments) or neither. */
type Meaning = 'good' | 'bad' | 'neutral';
type Trend = 'good' | 'bad' | 'flat';

interface Comparison {
  current: number;
  previous: number;
  changePercent?: number | null;
}

const TREND_COLORS: Record<Trend, string> = { good: 'teal.8', bad: 'red.8', flat: 'slate.6' };

function trendOf(change: number, upMeans: Meaning): Trend {
  if (Math.round(change) === 0 || upMeans === 'neutral') {
    return 'flat';
  }
  const up = change > 0;
  return up === (upMeans === 'good') ? 'good' : 'bad';
}

interface KpiCardProps {
  title: string;
  value: string;
  comparison?: Comparison;
  upMeans?: Meaning;
  compare: boolean;
  note?: string;
}

/** One number of the period, with its change against the previous period. */
function KpiCard({ title, value, comparison, upMeans = 'neutral', compare, note }: KpiCardProps) {
  let delta = null;
  if (compare && comparison) {
    const { current, previous, changePercent } = comparison;
    if (changePercent === null || changePercent === undefined) {
      delta = (
        <Text size="xs" c="slate.6" data-trend="flat">
          {current > 0 ? `New · none the period before` : 'None in either period'}
        </Text>
      );
    } else {
      const trend = trendOf(changePercent, upMeans);
      const rounded = Math.round(changePercent);
      const Arrow =
        rounded > 0 ? IconArrowUpRight : rounded < 0 ? IconArrowDownRight : IconArrowRight;
      delta = (
        <Group gap={4} wrap="nowrap" c={TREND_COLORS[trend]} data-trend={trend}>
          <Arrow size={14} aria-hidden />
          <Text size="xs" fw={600} inherit>
            {formatChange(changePercent)}
          </Text>
          <Text size="xs" c="dimmed">
            vs {formatCount(previous)} before
          </Text>
        </Group>
      );
    }
  } else if (note) {
    delta = (
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md" role="group" aria-label={title} className="bedside-report-kpi">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {title}
      </Text>
      <Text fz={26} fw={700} lh={1.3}>
        {value}
      </Text>
      {delta}
    </Paper>
  );
}

export interface ReportKpisProps {
  report: FragmentType<typeof ReportKpisFragment>;
  /** Show the change against the previous period. */
  compare: boolean;
}

/** The headline numbers of the period. */
export function ReportKpis({ report: reportRef, compare }: ReportKpisProps) {
  const report = getFragmentData(ReportKpisFragment, reportRef);
  const median = report.medianTimeToResolveSeconds;
  const cards: KpiCardProps[] = [
    {
      title: 'Comments',
      value: formatCount(report.comments.current),
      comparison: report.comments,
      compare,
    },
    {
      title: 'Negative',
      value: formatCount(report.negative.current),
      comparison: report.negative,
      upMeans: 'bad',
      compare,
    },
    {
      title: 'Replies sent',
      value: formatCount(report.repliesSent.current),
      comparison: report.repliesSent,
      upMeans: 'good',
      compare,
    },
    {
      title: 'Escalations opened',
      value: formatCount(report.escalationsOpened.current),
      comparison: report.escalationsOpened,
      upMeans: 'bad',
      compare,
    },
    {
      title: 'Escalations resolved',
      value: formatCount(report.escalationsResolved.current),
      comparison: report.escalationsResolved,
      upMeans: 'good',
      compare,
    },
    {
      title: 'Median time to resolve',
      value: median === null || median === undefined ? '—' : formatDuration(median),
      compare: false,
      note: median === null || median === undefined ? 'No case resolved' : 'Cases resolved',
    },
  ];
  return (
    <SimpleGrid cols={{ base: 3, xl: 6 }} spacing="md" className="bedside-report-kpis">
      {cards.map((card) => (
        <KpiCard key={card.title} {...card} />
      ))}
    </SimpleGrid>
  );
}
