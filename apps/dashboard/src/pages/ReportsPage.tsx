import '../features/reports/components/reports-print.css';

import { Alert, Box, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { AgentWorkloadTable } from '../features/reports/components/AgentWorkloadTable';
import { CorrectionsTable } from '../features/reports/components/CorrectionsTable';
import { LabelMixChart } from '../features/reports/components/LabelMixChart';
import { ReportKpis } from '../features/reports/components/ReportKpis';
import { ReportSection } from '../features/reports/components/ReportSection';
import { ReportSkeleton } from '../features/reports/components/ReportSkeleton';
import { ReportToolbar } from '../features/reports/components/ReportToolbar';
import { ResponseTimes } from '../features/reports/components/ResponseTimes';
import { SentimentChart } from '../features/reports/components/SentimentChart';
import { SpikeBanner } from '../features/reports/components/SpikeBanner';
import { SpikeSettingsForm } from '../features/reports/components/SpikeSettingsForm';
import { SpikeTable } from '../features/reports/components/SpikeTable';
import { ThemesList } from '../features/reports/components/ThemesList';
import { TopPostsTable } from '../features/reports/components/TopPostsTable';
import { VolumeChart } from '../features/reports/components/VolumeChart';
import { useActiveSpikes } from '../features/reports/hooks/useActiveSpikes';
import { useReportChannels } from '../features/reports/hooks/useReportChannels';
import { useReportQuery } from '../features/reports/hooks/useReportQuery';
import { useReportView } from '../features/reports/hooks/useReportView';
import type { ReportScope } from '../features/reports/utils/inbox-links';
import { formatRange } from '../features/reports/utils/report-format';
import {
  RANGE_LABELS,
  reportCsvHref,
  reportZipHref,
  serializeReportView,
  toReportFilter,
} from '../features/reports/utils/report-view';
import { useViewerCan } from '../features/session/ViewerContext';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { useNow } from '../ui/useNow';

/**
 * `/reports` (everyone signed in): engagement over a range against the period before, as
 * numbers, charts and tables, each exportable as CSV; numbers open the comments behind them in
 * the inbox. Managers also tune when spike alerts are raised.
 */
export function ReportsPage() {
  const { view, updateView } = useReportView();
  const now = useNow();
  const { filter, problem } = useMemo(() => toReportFilter(view, now), [view, now]);
  const channels = useReportChannels();
  const { report, error, isStale, refetch } = useReportQuery(filter);
  const { spikes } = useActiveSpikes();
  const canManage = useViewerCan('manager');

  const scope: ReportScope | null = report
    ? { range: report.range, channels, channelIds: view.channelIds }
    : null;
  const compare = view.compare;

  let body;
  if (problem || !filter) {
    body = (
      <Alert color="orange" variant="light" title="Pick a range to report on">
        {problem}
      </Alert>
    );
  } else if (error && !report) {
    body = (
      <ErrorState
        title="Could not load the report"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!report || !scope) {
    body = <ReportSkeleton />;
  } else if (report.comments.current === 0) {
    body = (
      <EmptyState
        icon={<IconChartBar size={26} />}
        title="No comments in this period"
        description="Pick a longer range or more channels; the report counts comments by when they were written."
      />
    );
  } else {
    const postReportHref = (postId: string) =>
      `/reports?${serializeReportView({ ...view, postId }).toString()}`;
    body = (
      <Stack gap="lg" style={{ opacity: isStale ? 0.6 : 1 }} aria-busy={isStale}>
        <ReportKpis report={report} compare={compare} />
        <ReportSection
          title="Volume over time"
          description={
            scope.range.granularity === 'HOUR'
              ? 'Comments per hour and channel. Click a band to open those comments.'
              : 'Comments per day and channel. Click a bar to open those comments.'
          }
          csvHref={reportCsvHref('volume', filter)}
          render={(showTable) => (
            <VolumeChart report={report} scope={scope} showTable={showTable} />
          )}
        />
        <ReportSection
          title="Sentiment over time"
          description="Click a band to open those comments."
          csvHref={reportCsvHref('sentiment', filter)}
          render={(showTable) => (
            <SentimentChart report={report} scope={scope} showTable={showTable} compare={compare} />
          )}
        />
        <SimpleGrid cols={2} spacing="lg" className="bedside-report-grid">
          <ReportSection
            title="Intent mix"
            description={compare ? 'Pale bars: the previous period.' : undefined}
            csvHref={reportCsvHref('intents', filter)}
            render={(showTable) => (
              <LabelMixChart
                kind="intent"
                counts={report.intents}
                scope={scope}
                showTable={showTable}
                compare={compare}
                tableLabel="Intent mix"
              />
            )}
          />
          <ReportSection
            title="Urgency"
            description={compare ? 'Pale bars: the previous period.' : undefined}
            csvHref={reportCsvHref('urgency', filter)}
            render={(showTable) => (
              <LabelMixChart
                kind="urgency"
                counts={report.urgencies}
                scope={scope}
                showTable={showTable}
                compare={compare}
                tableLabel="Urgency mix"
              />
            )}
          />
        </SimpleGrid>
        <ReportSection
          title="First response times"
          description="Time to the first reply, per urgency, and the share within the SLA target."
          csvHref={reportCsvHref('response-times', filter)}
          render={(showTable) => <ResponseTimes report={report} showTable={showTable} />}
        />
        <SimpleGrid cols={2} spacing="lg" className="bedside-report-grid">
          <ReportSection
            title="Top themes"
            description="What people wrote about, rising themes first. Personal details are masked."
            csvHref={reportCsvHref('themes', filter)}
          >
            <ThemesList report={report} compare={compare} />
          </ReportSection>
          <ReportSection
            title="Top posts"
            description="The posts that drew the most comments."
            csvHref={reportCsvHref('top-posts', filter)}
          >
            <TopPostsTable report={report} channels={channels} postReportHref={postReportHref} />
          </ReportSection>
          <ReportSection
            title="Agent workload"
            description="Replies sent and triage labels corrected per team member."
            csvHref={reportCsvHref('agents', filter)}
          >
            <AgentWorkloadTable report={report} />
          </ReportSection>
          <ReportSection
            title="Label corrections"
            description="How often people corrected the automatic triage."
            csvHref={reportCsvHref('corrections', filter)}
          >
            <CorrectionsTable report={report} />
          </ReportSection>
        </SimpleGrid>
        <ReportSection
          title="Spike alerts"
          description="Sudden jumps in comments or in negative comments during the period."
          csvHref={reportCsvHref('spikes', filter)}
        >
          <SpikeTable spikes={report.spikes} channels={channels} />
        </ReportSection>
      </Stack>
    );
  }

  const channelNames =
    view.channelIds.length === 0
      ? 'All channels'
      : view.channelIds
          .map((id) => channels.find((channel) => channel.id === id)?.displayName ?? id)
          .join(', ');

  return (
    <Stack gap={0} h="100%" mih={0} className="bedside-report-page">
      <Stack
        gap="md"
        px="lg"
        pt="md"
        pb="md"
        bg={SURFACE.panel}
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={1} size="h3">
              Reports
            </Title>
            <Text size="sm" c="dimmed">
              {report
                ? `${formatRange(report.range.from, report.range.to)} · ${channelNames}${
                    compare
                      ? ` · compared with ${formatRange(report.range.previousFrom, report.range.previousTo)}`
                      : ''
                  }`
                : `${RANGE_LABELS[view.range]} · ${channelNames}`}
            </Text>
          </Stack>
          <Group gap="sm" wrap="nowrap" className="bedside-no-print">
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              Print
            </Button>
            {filter ? (
              <Button
                component="a"
                href={reportZipHref(filter)}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                Download all (zip)
              </Button>
            ) : null}
          </Group>
        </Group>
        <ReportToolbar
          view={view}
          channels={channels}
          onChange={updateView}
          now={now}
          problem={problem}
        />
      </Stack>
      <Box
        style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
        bg={SURFACE.page}
        className="bedside-report-scroll"
      >
        <Stack gap="lg" p="lg" maw={1400}>
          <SpikeBanner spikes={spikes} channels={channels} />
          {body}
          {canManage ? (
            <Box className="bedside-no-print">
              <ReportSection
                title="Spike alert settings"
                description="An hour raises a spike alert when it has at least the minimum count, that many times the usual count for the hour, and at least the minimum increase over it."
              >
                <SpikeSettingsForm />
              </ReportSection>
            </Box>
          ) : null}
        </Stack>
      </Box>
    </Stack>
  );
}
