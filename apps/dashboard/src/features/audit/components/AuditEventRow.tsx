import { Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatAuditTime, shortId } from '../utils/format-audit';
import { AuditDetails } from './AuditDetails';

export const AuditEventRowFragment = graphql(`
  fragment AuditEventRow_event on AuditEvent {
    id
    seq
    at
    actorKind
    actorId
    actorName
    action
    targetType
    targetId
    details {
      key
      value
    }
  }
`);

export interface AuditEventRowProps {
  event: FragmentType<typeof AuditEventRowFragment>;
}

function Target({ type, id }: { type: string | null; id: string | null }) {
  if (!type && !id) {
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  }
  const label = id ? shortId(id) : '';
  const idText =
    type === 'comment' && id ? (
      <Anchor component={Link} to={`/inbox/${id}`} size="xs" ff="monospace">
        {label}
      </Anchor>
    ) : (
      <Text span size="xs" ff="monospace">
        {label}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      {type ? (
        <Text span size="xs" c="dimmed">
          {type}
        </Text>
      ) : null}
      {id ? (
        <Tooltip label={id}>
          <span aria-label={`${type ?? 'target'} ${id}`}>{idText}</span>
        </Tooltip>
      ) : null}
    </Group>
  );
}

function Actor({ kind, name }: { kind: string; name: string | null }) {
  if (kind === 'SYSTEM') {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        System
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" truncate="end">
        {name ?? 'Unknown'}
      </Text>
      {kind === 'TOKEN' ? (
        <Badge size="xs" variant="light" color="slate" style={{ flexShrink: 0 }}>
          API token
        </Badge>
      ) : null}
    </Group>
  );
}

/** One recorded action: when, who, what, on what, and its details. */
export function AuditEventRow(props: AuditEventRowProps) {
  const event = getFragmentData(AuditEventRowFragment, props.event);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text component="time" dateTime={event.at} size="xs">
          {formatAuditTime(event.at)}
        </Text>
        <Text size="xs" c="dimmed">
          #{event.seq}
        </Text>
      </Table.Td>
      <Table.Td maw={220}>
        <Actor kind={event.actorKind} name={event.actorName} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {event.action}
        </Text>
      </Table.Td>
      <Table.Td>
        <Target type={event.targetType} id={event.targetId} />
      </Table.Td>
      <Table.Td maw={420}>
        <AuditDetails details={event.details} />
      </Table.Td>
    </Table.Tr>
  );
}
