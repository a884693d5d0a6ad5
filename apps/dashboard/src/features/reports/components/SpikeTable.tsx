import { Badge, Table, Text } from '@mantine/core';

import { type FragmentType, getFragmentData } from '../../../gql';
import { SpikeDetailsFragment } from '../graphql/spike-details.fragment';
import type { ReportChannel } from '../utils/inbox-links';
import { formatCount } from '../utils/report-format';
import { spikeChannelName, spikeTitle, spikeWindow } from '../utils/spike-text';

export interface SpikeTableProps {
  spikes: ReadonlyArray<FragmentType<typeof SpikeDetailsFragment>>;
  channels: readonly ReportChannel[];
}

/** Every spike alert raised in the range, acknowledged or not. */
export function SpikeTable({ spikes: spikesRef, channels }: SpikeTableProps) {
  const spikes = getFragmentData(SpikeDetailsFragment, spikesRef);
  if (spikes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No spike alert in this period.
      </Text>
    );
  }
  return (
    <Table aria-label="Spike alerts in this period" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Hour</Table.Th>
          <Table.Th>Alert</Table.Th>
          <Table.Th>Channel</Table.Th>
          <Table.Th ta="right">Comments</Table.Th>
          <Table.Th ta="right">Usual</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {spikes.map((spike) => (
          <Table.Tr key={spike.id}>
            <Table.Td>{spikeWindow(spike.windowStart, spike.windowEnd)}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {spikeTitle(spike.kind)}
              </Text>
              <Text size="xs" c="dimmed">
                {spike.reason}
              </Text>
            </Table.Td>
            <Table.Td>{spikeChannelName(spike.channelId, channels)}</Table.Td>
            <Table.Td ta="right">{formatCount(spike.count)}</Table.Td>
            <Table.Td ta="right">{formatCount(Math.round(spike.expected))}</Table.Td>
            <Table.Td>
              {spike.acknowledgedAt ? (
                <Badge variant="light" color="slate" tt="none">
                  Acknowledged
                </Badge>
              ) : (
                <Badge variant="light" color="orange" tt="none">
                  Open
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
