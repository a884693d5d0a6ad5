import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconClipboardCheck, IconRefresh, IconSend } from '@tabler/icons-react';

import type { ReplyDeliveryState } from '../../../gql/graphql';

export interface ApprovedReplyActionsProps {
  /** The channel's connector can post it (active connection, comment still up). */
  canPost: boolean;
  /** Where an earlier posting stands; null when it was never handed to the connector. */
  postingState: ReplyDeliveryState | null;
  busy: boolean;
  onPost: () => void;
  onRetry: () => void;
  onCopy: () => void;
}

/**
 * How an approved reply goes out. A connected channel posts it; copying it by hand stays
 * possible (and is the only way without a connector), and a failed posting can be retried.
 */
export function ApprovedReplyActions({
  canPost,
  postingState,
  busy,
  onPost,
  onRetry,
  onCopy,
}: ApprovedReplyActionsProps) {
  const manualButton = (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconClipboardCheck size={14} />}
      disabled={busy}
      onClick={onCopy}
    >
      Copy &amp; mark as replied (manual)
    </Button>
  );
  if (postingState === 'FAILED') {
    return (
      <>
        <Button size="xs" leftSection={<IconRefresh size={14} />} loading={busy} onClick={onRetry}>
          Retry
        </Button>
        {manualButton}
      </>
    );
  }
  if (canPost) {
    return (
      <>
        <Button size="xs" leftSection={<IconSend size={14} />} loading={busy} onClick={onPost}>
          Post reply
        </Button>
        {manualButton}
      </>
    );
  }
  return (
    <Button
      size="xs"
      color="teal"
      leftSection={<IconClipboardCheck size={14} />}
      loading={busy}
      onClick={onCopy}
    >
      Copy reply &amp; mark as replied
    </Button>
  );
}

export interface PostingFailedAlertProps {
  platform: string;
  error: string | null;
}

/** Why the connector could not post the reply, in the platform's words. */
export function PostingFailedAlert({ platform, error }: PostingFailedAlertProps) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={`Posting to ${platform} failed`}
    >
      <Text size="sm">{error ?? `${platform} did not accept the reply.`}</Text>
      <Text size="sm" mt={4}>
        Retry, or copy it to the platform yourself and mark it as replied.
      </Text>
    </Alert>
  );
}
