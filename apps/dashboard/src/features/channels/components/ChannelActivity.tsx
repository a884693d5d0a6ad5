import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import type { ChannelCard_ChannelFragment } from '../../../gql/graphql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { NextPollTime } from './NextPollTime';

type Connection = NonNullable<ChannelCard_ChannelFragment['connection']>;

export interface ChannelActivityProps {
  connection: Connection;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Box>
  );
}

function TimeOrNever({ value, never }: { value: string | null; never: string }) {
  return value ? (
    <TimeAgo value={value} size="sm" c="var(--mantine-color-text)" />
  ) : (
    <Text size="sm" c="dimmed">
      {never}
    </Text>
  );
}

/** When comments last arrived and when the platform was last and will next be asked. */
export function ChannelActivity({ connection }: ChannelActivityProps) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="xs" component="dl" m={0}>
      <Fact label="Last item received">
        <TimeOrNever value={connection.lastItemAt} never="None yet" />
      </Fact>
      <Fact label="Last poll">
        <TimeOrNever value={connection.lastPolledAt} never="Never" />
      </Fact>
      <Fact label="Next poll">
        <NextPollTime
          nextPollAt={connection.nextPollAt}
          paused={connection.state === 'PAUSED'}
          polls={connection.polls}
        />
      </Fact>
      <Fact label="Items received">
        <Text size="sm">{connection.itemsReceived.toLocaleString('en')}</Text>
      </Fact>
      {connection.webhookPath ? (
        <Fact label="Last webhook">
          <TimeOrNever value={connection.lastWebhookAt} never="None yet" />
        </Fact>
      ) : null}
    </SimpleGrid>
  );
}
