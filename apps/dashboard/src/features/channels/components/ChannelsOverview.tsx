import { Button, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import type { FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { ChannelCard, type ChannelCardData, type ChannelCardFragment } from './ChannelCard';

export type ChannelsOverviewItem = FragmentType<typeof ChannelCardFragment> & {
  id: string;
  isSample: boolean;
  connection: { state: string } | null;
};

export interface ChannelsOverviewProps {
  channels: readonly ChannelsOverviewItem[];
  onConnect: (channel: ChannelCardData | null) => void;
  onEdit: (channel: ChannelCardData) => void;
  onDisconnect: (channel: ChannelCardData) => void;
}

function ChannelGroup({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section">
      <div>
        <Title order={2} size="h5">
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </div>
      <Stack gap="sm" component="ul" m={0} p={0} aria-label={title}>
        {children}
      </Stack>
    </Stack>
  );
}

/**
 * The channels in three groups: connected ones (the admin's daily concern), ones filled by import
 * only, and the demo channels, muted at the end because nothing real arrives there.
 */
export function ChannelsOverview({
  channels,
  onConnect,
  onEdit,
  onDisconnect,
}: ChannelsOverviewProps) {
  const connected = channels.filter((channel) => !channel.isSample && channel.connection);
  const importOnly = channels.filter((channel) => !channel.isSample && !channel.connection);
  const samples = channels.filter((channel) => channel.isSample);
  const card = (channel: ChannelsOverviewItem) => (
    <ChannelCard
      key={channel.id}
      channel={channel}
      onEdit={onEdit}
      onDisconnect={onDisconnect}
      onConnect={onConnect}
    />
  );

  return (
    <Stack gap="xl">
      {connected.length > 0 ? (
        <ChannelGroup
          title="Connected channels"
          description="Comments arrive by webhook or polling; replies can be posted from Bedside."
        >
          {connected.map(card)}
        </ChannelGroup>
      ) : (
        <EmptyState
          icon={<IconPlugConnected size={26} />}
          title="No channels connected yet"
          description="Connect the hospital’s Facebook page, Instagram account, YouTube channel and more: their comments then arrive in the inbox on their own."
        >
          <Button
            leftSection={<IconPlugConnected size={16} aria-hidden />}
            onClick={() => onConnect(null)}
          >
            Connect a channel
          </Button>
        </EmptyState>
      )}
      {importOnly.length > 0 ? (
        <ChannelGroup
          title="Import only"
          description="Channels created by importing files. Connect one to receive its comments automatically."
        >
          {importOnly.map(card)}
        </ChannelGroup>
      ) : null}
      {samples.length > 0 ? (
        <ChannelGroup
          title="Sample channels"
          description="Invented demo data: never real patients."
        >
          {samples.map(card)}
        </ChannelGroup>
      ) : null}
    </Stack>
  );
}
