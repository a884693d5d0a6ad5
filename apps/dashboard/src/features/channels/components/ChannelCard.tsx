import { CHANNEL_CONNECTION_SPECS, CHANNEL_KIND_LABELS } from '@bedside/domain';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { ChannelCard_ChannelFragment } from '../../../gql/graphql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { SampleBadge } from '../../../ui/SampleBadge';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';
import { ChannelActivity } from './ChannelActivity';
import { ChannelControls } from './ChannelControls';
import { ConnectionHealthBadge } from './ConnectionHealthBadge';
import { WebhookCallbackUrl } from './WebhookCallbackUrl';

export const ChannelCardFragment = graphql(`
  fragment ChannelCard_channel on Channel {
    id
    kind
    displayName
    externalAccountId
    isSample
    connection {
      state
      health
      healthMessage
      failingSince
      consecutiveFailures
      credentialNames
      baseUrl
      pollIntervalSeconds
      polls
      webhookPath
      nextPollAt
      lastPolledAt
      lastItemAt
      lastWebhookAt
      itemsReceived
      canPostReplies
      connectedAt
    }
  }
`);

export type ChannelCardData = ChannelCard_ChannelFragment;

export interface ChannelCardProps {
  channel: FragmentType<typeof ChannelCardFragment>;
  onEdit: (channel: ChannelCardData) => void;
  onDisconnect: (channel: ChannelCardData) => void;
  /** Connects a channel that so far only holds imported comments. */
  onConnect: (channel: ChannelCardData) => void;
}

/** Why a channel is unhealthy and since when, in the platform's words. */
function HealthDetails({ connection }: { connection: NonNullable<ChannelCardData['connection']> }) {
  if (!connection.failingSince && !connection.healthMessage) {
    return null;
  }
  return (
    <Stack gap={2}>
      {connection.failingSince ? (
        <Group gap={4} wrap="nowrap">
          <Text size="sm" c="red.8" fw={600}>
            Failing since
          </Text>
          <TimeAgo value={connection.failingSince} size="sm" c="red.8" fw={600} />
          {connection.consecutiveFailures > 1 ? (
            <Text size="sm" c="dimmed">
              ({connection.consecutiveFailures} failures in a row)
            </Text>
          ) : null}
        </Group>
      ) : null}
      {connection.healthMessage ? (
        <Text size="sm" c={connection.health === 'HEALTHY' ? 'dimmed' : 'red.8'}>
          {connection.healthMessage}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A channel without a connection: comments arrive by import only (or it holds sample data). */
function ImportOnlyNote({
  channel,
  onConnect,
}: {
  channel: ChannelCardData;
  onConnect: () => void;
}) {
  const canConnect =
    !channel.isSample && CHANNEL_CONNECTION_SPECS[toDomainValue(channel.kind)] !== null;
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm" c="dimmed">
        {channel.isSample
          ? 'Sample data loaded from the inbox: nothing to connect.'
          : 'Import only: comments arrive from imported files (inbox or command line).'}
      </Text>
      {canConnect ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlugConnected size={14} aria-hidden />}
          onClick={onConnect}
          aria-label={`Connect ${channel.displayName}`}
        >
          Connect
        </Button>
      ) : null}
    </Group>
  );
}

/** One channel: platform, account, health, recent activity and what an admin can do with it. */
export function ChannelCard({
  channel: channelRef,
  onEdit,
  onDisconnect,
  onConnect,
}: ChannelCardProps) {
  const channel = getFragmentData(ChannelCardFragment, channelRef);
  const kind = toDomainValue(channel.kind);
  const platform = CHANNEL_KIND_LABELS[kind];
  const accountRefLabel = CHANNEL_CONNECTION_SPECS[kind]?.accountRefLabel ?? 'Account';
  const { connection } = channel;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      aria-label={channel.displayName}
      style={{ listStyle: 'none', opacity: channel.isSample ? 0.75 : 1 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <ChannelIcon kind={channel.kind} size={22} />
            <Stack gap={0} miw={0}>
              <Group gap={6} wrap="nowrap">
                <Text fw={600} size="sm" truncate="end">
                  {channel.displayName}
                </Text>
                {channel.isSample ? <SampleBadge /> : null}
              </Group>
              <Text size="xs" c="dimmed">
                {platform}
                {channel.externalAccountId
                  ? ` · ${accountRefLabel}: ${channel.externalAccountId}`
                  : ''}
              </Text>
            </Stack>
          </Group>
          {connection ? (
            <ConnectionHealthBadge health={connection.health} state={connection.state} />
          ) : null}
        </Group>
        {connection ? (
          <>
            <HealthDetails connection={connection} />
            <ChannelActivity connection={connection} />
            {connection.webhookPath ? <WebhookCallbackUrl path={connection.webhookPath} /> : null}
            <ChannelControls
              channel={channel}
              connection={connection}
              onEdit={() => onEdit(channel)}
              onDisconnect={() => onDisconnect(channel)}
            />
          </>
        ) : (
          <ImportOnlyNote channel={channel} onConnect={() => onConnect(channel)} />
        )}
      </Stack>
    </Paper>
  );
}
