import { CHANNEL_KIND_LABELS, isChannelKind } from '@bedside/domain';
import {
  Badge,
  CloseButton,
  Group,
  MultiSelect,
  SegmentedControl,
  Switch,
  TextInput,
} from '@mantine/core';

import { toDomainValue } from '../../../ui/vocabulary';
import type { ReportChannel } from '../utils/inbox-links';
import {
  presetAsDays,
  RANGE_LABELS,
  REPORT_PRESETS,
  type ReportRangeChoice,
  type ReportView,
} from '../utils/report-view';

const RANGE_CHOICES: ReportRangeChoice[] = [...REPORT_PRESETS, 'custom'];

function isRangeChoice(value: string): value is ReportRangeChoice {
  return (RANGE_CHOICES as string[]).includes(value);
}

function channelLabel(channel: ReportChannel): string {
  const kind = toDomainValue(channel.kind);
  return isChannelKind(kind) && !channel.displayName.includes(CHANNEL_KIND_LABELS[kind])
    ? `${channel.displayName} (${CHANNEL_KIND_LABELS[kind]})`
    : channel.displayName;
}

export interface ReportToolbarProps {
  view: ReportView;
  channels: readonly ReportChannel[];
  onChange: (changes: Partial<ReportView>) => void;
  /** Now, in milliseconds: where a custom range starts when switching from a preset. */
  now: number;
  /** Why the custom range cannot be reported on, if it cannot. */
  problem: string | null;
}

/** The range (presets or days), the channels, and whether to compare with the period before. */
export function ReportToolbar({ view, channels, onChange, now, problem }: ReportToolbarProps) {
  const changeRange = (value: string) => {
    if (!isRangeChoice(value) || value === view.range) {
      return;
    }
    if (value === 'custom') {
      // Start from the stretch of time on screen, so "Custom" first shows the same report.
      onChange({
        range: 'custom',
        ...presetAsDays(view.range === 'custom' ? '7d' : view.range, now),
      });
    } else {
      onChange({ range: value, from: null, to: null });
    }
  };

  return (
    <Group gap="md" align="flex-end" wrap="wrap" className="bedside-no-print">
      <SegmentedControl
        aria-label="Date range"
        value={view.range}
        onChange={changeRange}
        data={RANGE_CHOICES.map((choice) => ({ value: choice, label: RANGE_LABELS[choice] }))}
      />
      {view.range === 'custom' ? (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            type="date"
            label="From"
            size="sm"
            value={view.from ?? ''}
            max={view.to ?? undefined}
            onChange={(event) => onChange({ from: event.currentTarget.value || null })}
            error={problem ?? undefined}
          />
          <TextInput
            type="date"
            label="To"
            size="sm"
            value={view.to ?? ''}
            min={view.from ?? undefined}
            onChange={(event) => onChange({ to: event.currentTarget.value || null })}
          />
        </Group>
      ) : null}
      <MultiSelect
        label="Channels"
        placeholder={view.channelIds.length === 0 ? 'All channels' : undefined}
        data={channels.map((channel) => ({ value: channel.id, label: channelLabel(channel) }))}
        value={view.channelIds}
        onChange={(channelIds) => onChange({ channelIds })}
        clearable
        searchable
        miw={240}
        maw={420}
        comboboxProps={{ withinPortal: true }}
      />
      <Switch
        label="Compare with previous period"
        checked={view.compare}
        onChange={(event) => onChange({ compare: event.currentTarget.checked })}
        mb={8}
      />
      {view.postId ? (
        <Badge
          size="lg"
          variant="light"
          tt="none"
          mb={4}
          rightSection={
            <CloseButton
              size="xs"
              aria-label="Show every post"
              onClick={() => onChange({ postId: null })}
            />
          }
        >
          One post only
        </Badge>
      ) : null}
    </Group>
  );
}
