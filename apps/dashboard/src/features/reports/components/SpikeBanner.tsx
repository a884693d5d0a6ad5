import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconTrendingUp } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData } from '../../../gql';
import { SpikeDetailsFragment } from '../graphql/spike-details.fragment';
import { useAcknowledgeSpike } from '../hooks/useAcknowledgeSpike';
import { inboxHref, type ReportChannel } from '../utils/inbox-links';
import { spikeChannelName, spikeTitle, spikeWindow } from '../utils/spike-text';

interface SpikeRowProps {
  spike: FragmentType<typeof SpikeDetailsFragment>;
  channels: readonly ReportChannel[];
  onAcknowledge: (id: string) => void;
  isAcknowledging: boolean;
}

function SpikeRow({ spike: spikeRef, channels, onAcknowledge, isAcknowledging }: SpikeRowProps) {
  const spike = getFragmentData(SpikeDetailsFragment, spikeRef);
  const title = `${spikeTitle(spike.kind)} · ${spikeChannelName(spike.channelId, channels)}`;
  const href = inboxHref({
    channelIds: spike.channelId ? [spike.channelId] : [],
    channels,
    window: { from: spike.windowStart, to: spike.windowEnd },
    sentiment: spike.kind === 'negative' ? 'negative' : null,
  });
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" role="listitem" aria-label={title}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={700}>
          {title}
        </Text>
        <Text size="sm">
          {spike.reason} · {spikeWindow(spike.windowStart, spike.windowEnd)}
        </Text>
      </Stack>
      <Group gap="sm" wrap="nowrap" className="bedside-no-print">
        <Anchor component={Link} to={href} size="sm" fw={600}>
          View in inbox
        </Anchor>
        <Button
          size="compact-sm"
          color="orange"
          loading={isAcknowledging}
          onClick={() => onAcknowledge(spike.id)}
        >
          Acknowledge
        </Button>
      </Group>
    </Group>
  );
}

export interface SpikeBannerProps {
  spikes: ReadonlyArray<{ id: string } & FragmentType<typeof SpikeDetailsFragment>>;
  channels: readonly ReportChannel[];
}

/**
 * Storms of the last day nobody has acknowledged: a sudden jump in comments or in negative ones.
 * Acknowledging one (audited) takes it off every reports page.
 */
export function SpikeBanner({ spikes, channels }: SpikeBannerProps) {
  const { acknowledge, error } = useAcknowledgeSpike();
  const [pendingId, setPendingId] = useState<string | null>(null);
  if (spikes.length === 0) {
    return null;
  }
  const onAcknowledge = async (id: string) => {
    setPendingId(id);
    await acknowledge(id);
    setPendingId(null);
  };
  return (
    <Box
      role="region"
      aria-label="Open spike alerts"
      p="md"
      bg="orange.0"
      style={{
        border: '1px solid var(--mantine-color-orange-3)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconTrendingUp
          size={22}
          color="var(--mantine-color-orange-8)"
          aria-hidden
          style={{ flexShrink: 0 }}
        />
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }} role="list">
          {spikes.map((spike) => (
            <SpikeRow
              key={spike.id}
              spike={spike}
              channels={channels}
              isAcknowledging={pendingId === spike.id}
              onAcknowledge={(id) => void onAcknowledge(id)}
            />
          ))}
          {error ? (
            <Text size="sm" c="red.8" role="alert">
              The alert was not acknowledged: {describeError(error).message}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Box>
  );
}
