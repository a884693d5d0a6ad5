import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';

import type { ReplyFieldsFragment as ReplyFieldsData } from '../../../gql/graphql';
import { type useReplyActions } from '../hooks/useReplyActions';

export interface ReplyReviewControlsProps {
  reply: Pick<ReplyFieldsData, 'id' | 'violations'>;
  actions: Pick<ReturnType<typeof useReplyActions>, 'approve' | 'reject' | 'isBusy'>;
  /** Called with a confirmation to show once the decision is stored. */
  onDone: (message: string) => void;
}

/**
 * A reviewer's decision on a submitted reply: approve (acknowledging the checker's warnings, if
 * any, as C23 asks) or send it back with the change that is needed.
 */
export function ReplyReviewControls({ reply, actions, onDone }: ReplyReviewControlsProps) {
  const warnings = reply.violations.filter((violation) => violation.severity === 'WARN');
  const [acknowledged, setAcknowledged] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function approve(): Promise<void> {
    const result = await actions.approve(reply.id, acknowledged);
    if (result.ok) {
      onDone('Approved: it can be sent now.');
    } else {
      setError(result.message);
    }
  }

  async function reject(): Promise<void> {
    const result = await actions.reject(reply.id, reason.trim());
    if (result.ok) {
      onDone('Sent back to its author with your reason.');
      setRejecting(false);
      setReason('');
    } else {
      setError(result.message);
    }
  }

  return (
    <Stack gap="xs" aria-label="Review this reply" role="group">
      {warnings.length > 0 ? (
        <Checkbox
          size="sm"
          checked={acknowledged}
          onChange={(event) => setAcknowledged(event.currentTarget.checked)}
          label={`I have read the ${warnings.length === 1 ? 'warning' : `${warnings.length} warnings`} and approve anyway`}
        />
      ) : null}
      {rejecting ? (
        <Textarea
          label="What needs to change?"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
      ) : null}
      {error ? (
        <div role="alert" style={{ color: 'var(--mantine-color-red-7)', fontSize: 14 }}>
          {error}
        </div>
      ) : null}
      <Group gap="xs">
        {rejecting ? (
          <>
            <Button
              size="xs"
              color="orange"
              loading={actions.isBusy}
              disabled={reason.trim() === ''}
              onClick={() => void reject()}
            >
              Send back
            </Button>
            <Button size="xs" variant="default" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            <Button
              size="xs"
              color="teal"
              leftSection={<IconCheck size={14} />}
              loading={actions.isBusy}
              disabled={warnings.length > 0 && !acknowledged}
              onClick={() => void approve()}
            >
              Approve
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={14} />}
              onClick={() => setRejecting(true)}
            >
              Request changes
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
