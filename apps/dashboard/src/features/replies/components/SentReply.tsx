import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import type { ReplyFieldsFragment as ReplyFieldsData } from '../../../gql/graphql';
import { TimeAgo } from '../../../ui/TimeAgo';

export interface SentReplyProps {
  reply: Pick<ReplyFieldsData, 'body' | 'delivery' | 'sentAt' | 'posting'>;
  /** The platform's name, e.g. "Facebook". */
  platform: string;
  header: ReactNode;
  /** A confirmation of what was just done, if anything. */
  message: string | null;
  /** Starts another reply; omitted when there is nothing left to answer. */
  onWriteAnother?: () => void;
  children?: ReactNode;
}

/** The reply that went out: posted by the connector (with its link) or copied by hand. */
export function SentReply({
  reply,
  platform,
  header,
  message,
  onWriteAnother,
  children,
}: SentReplyProps) {
  const posted = reply.delivery === 'PLATFORM';
  const at = (posted ? reply.posting?.postedAt : null) ?? reply.sentAt;
  return (
    <Stack gap="xs">
      {header}
      <Badge variant="light" color="teal" w="fit-content" data-testid="reply-status">
        {posted ? 'Posted' : 'Sent'}
      </Badge>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {reply.body}
      </Text>
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          {posted ? `Posted to ${platform}` : 'Copied to the platform by hand'}
          {at ? ' · ' : null}
        </Text>
        {at ? <TimeAgo value={at} /> : null}
        {posted && reply.posting?.permalink ? (
          <Anchor
            href={reply.posting.permalink}
            target="_blank"
            rel="noreferrer noopener"
            size="xs"
          >
            <Group gap={4} wrap="nowrap">
              View on {platform}
              <IconExternalLink size={12} aria-hidden />
            </Group>
          </Anchor>
        ) : null}
      </Group>
      {message ? (
        <Text size="sm" c="teal.8" role="status">
          {message}
        </Text>
      ) : null}
      {children}
      {onWriteAnother ? (
        <Button variant="subtle" size="xs" w="fit-content" onClick={onWriteAnother}>
          Write another reply
        </Button>
      ) : null}
    </Stack>
  );
}
