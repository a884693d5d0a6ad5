import { Box, Button, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconLock, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import type { ChannelCardData } from '../features/channels/components/ChannelCard';
import { ChannelsOverview } from '../features/channels/components/ChannelsOverview';
import { ConnectChannelModal } from '../features/channels/components/ConnectChannelModal';
import { DisconnectChannelModal } from '../features/channels/components/DisconnectChannelModal';
import { EditChannelModal } from '../features/channels/components/EditChannelModal';
import { useChannelsPage } from '../features/channels/hooks/useChannelsPage';
import type { ConnectionFields } from '../features/channels/utils/connection-form';
import { useViewerCan } from '../features/session/ViewerContext';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { toDomainValue } from '../ui/vocabulary';

type ConnectedChannel = ChannelCardData & {
  connection: NonNullable<ChannelCardData['connection']>;
};

/** The dialog open over the page, if any. */
type Dialog =
  | { mode: 'closed' }
  | { mode: 'connect'; initial?: Partial<ConnectionFields> }
  | { mode: 'edit'; channel: ConnectedChannel }
  | { mode: 'disconnect'; channel: ChannelCardData };

/** What the connect form starts from for an import-only channel: its platform and account. */
function connectInitialOf(channel: ChannelCardData | null): Partial<ConnectionFields> | undefined {
  if (!channel) {
    return undefined;
  }
  return {
    kind: toDomainValue(channel.kind),
    displayName: channel.displayName,
    accountRef: channel.externalAccountId ?? '',
  };
}

function ChannelsSkeleton() {
  return (
    <Stack gap="sm" aria-label="Loading channels" aria-busy>
      <Skeleton h={180} radius="md" />
      <Skeleton h={180} radius="md" />
    </Stack>
  );
}

/** `/channels` (admins): the connected accounts, their health, and connecting new ones. */
export function ChannelsPage() {
  const isAdmin = useViewerCan('admin');
  const { data, error, refetch } = useChannelsPage(isAdmin);
  const [dialog, setDialog] = useState<Dialog>({ mode: 'closed' });
  const close = () => setDialog({ mode: 'closed' });

  let body;
  if (!isAdmin) {
    body = (
      <EmptyState
        icon={<IconLock size={26} />}
        title="Admins connect the channels"
        description="Ask an admin to connect an account or to fix one that stopped answering."
        color="slate"
      />
    );
  } else if (error && !data) {
    body = (
      <ErrorState
        title="Could not load the channels"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = <ChannelsSkeleton />;
  } else {
    body = (
      <ChannelsOverview
        channels={data.channels}
        onConnect={(channel) => setDialog({ mode: 'connect', initial: connectInitialOf(channel) })}
        onEdit={(channel) => {
          if (channel.connection) {
            setDialog({ mode: 'edit', channel: { ...channel, connection: channel.connection } });
          }
        }}
        onDisconnect={(channel) => setDialog({ mode: 'disconnect', channel })}
      />
    );
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      <Group
        justify="space-between"
        px="lg"
        py="md"
        bg={SURFACE.panel}
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Title order={1} size="h3">
          Channels
        </Title>
        {isAdmin ? (
          <Button
            leftSection={<IconPlugConnected size={16} aria-hidden />}
            onClick={() => setDialog({ mode: 'connect' })}
            disabled={!data}
          >
            Connect a channel
          </Button>
        ) : null}
      </Group>
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <Box maw={1100} p="lg">
          {body}
        </Box>
      </Box>
      {dialog.mode === 'connect' ? (
        <ConnectChannelModal initial={dialog.initial} onClose={close} />
      ) : null}
      {dialog.mode === 'edit' ? (
        <EditChannelModal key={dialog.channel.id} channel={dialog.channel} onClose={close} />
      ) : null}
      {dialog.mode === 'disconnect' ? (
        <DisconnectChannelModal channel={dialog.channel} onClose={close} />
      ) : null}
    </Stack>
  );
}
