import { Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import type { ReplyFieldsFragment as ReplyFieldsData } from '../../../gql/graphql';

export interface ReplyPostingProgressProps {
  reply: Pick<ReplyFieldsData, 'body' | 'posting'>;
  platform: string;
  header: ReactNode;
}

/**
 * A reply on its way to the platform. It cannot change meanwhile (the platform would get the old
 * words), so it is shown read-only until it is posted or fails.
 */
export function ReplyPostingProgress({ reply, platform, header }: ReplyPostingProgressProps) {
  const { posting } = reply;
  const retrying = posting?.state === 'QUEUED' && posting.attempts > 0;
  return (
    <Stack gap="xs">
      {header}
      <Group gap="xs" role="status" aria-live="polite">
        <Loader size="xs" aria-hidden />
        <Text size="sm" fw={600}>
          Posting…
        </Text>
        <Text size="sm" c="dimmed">
          {retrying
            ? `Trying ${platform} again (attempt ${posting.attempts + 1}).`
            : `Bedside is posting it to ${platform}.`}
        </Text>
      </Group>
      {retrying && posting.error ? (
        <Text size="xs" c="dimmed">
          Last attempt: {posting.error}
        </Text>
      ) : null}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {reply.body}
      </Text>
    </Stack>
  );
}
