import { Button, Group, Text } from '@mantine/core';
import { IconCheck, IconExternalLink } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { useAcknowledgeAlert } from '../hooks/useAcknowledgeAlert';
import { describeAlert } from '../utils/alert-labels';

export const CriticalAlertRowFragment = graphql(`
  fragment CriticalAlertRow_alert on Alert {
    id
    kind
    raisedAt
    comment {
      id
      channel {
        id
        kind
      }
    }
  }
`);

export interface CriticalAlertRowProps {
  alert: FragmentType<typeof CriticalAlertRowFragment>;
  onOpenComment: (commentId: string) => void;
}

/** One open alert: what and when, with the two things to do about it. */
export function CriticalAlertRow({ alert: alertRef, onOpenComment }: CriticalAlertRowProps) {
  const alert = getFragmentData(CriticalAlertRowFragment, alertRef);
  const { acknowledge, isAcknowledging, error } = useAcknowledgeAlert();
  const title = describeAlert(alert.kind, alert.comment.channel.kind);

  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" aria-label={title} role="group">
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Text size="sm" fw={700} c="white">
          {title}
        </Text>
        <Text size="sm" c="white" aria-hidden>
          ·
        </Text>
        <TimeAgo value={alert.raisedAt} size="sm" c="white" />
        {error ? (
          <Text size="sm" c="white" fw={600}>
            Not acknowledged: {describeError(error).message}
          </Text>
        ) : null}
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
        <Button
          size="compact-sm"
          variant="white"
          color="red"
          leftSection={<IconExternalLink size={14} aria-hidden />}
          onClick={() => onOpenComment(alert.comment.id)}
          aria-label={`Open comment: ${title}`}
        >
          Open comment
        </Button>
        <Button
          size="compact-sm"
          variant="outline"
          color="white"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={isAcknowledging}
          onClick={() => void acknowledge(alert.id)}
          aria-label={`Acknowledge: ${title}`}
        >
          Acknowledge
        </Button>
      </Group>
    </Group>
  );
}
