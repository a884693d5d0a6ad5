import { Box, Group, Stack, Text } from '@mantine/core';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { AuthorAvatar } from '../../../ui/AuthorAvatar';
import { PhiHighlightedText } from '../../../ui/PhiHighlightedText';
import { StarRating } from '../../../ui/StarRating';
import { StatusBadge } from '../../../ui/StatusBadge';
import { TimeAgo } from '../../../ui/TimeAgo';

export const ThreadCommentFragment = graphql(`
  fragment ThreadComment_comment on Comment {
    id
    authorName
    authorHandle
    createdAt
    text
    rating
    status
    phi {
      start
      end
      type
    }
  }
`);

export interface ThreadCommentProps {
  comment: FragmentType<typeof ThreadCommentFragment>;
  /** The open comment: larger, tinted, and labelled so it stands out in its thread. */
  isCurrent?: boolean;
}

/** One comment of a thread: author, time and text, with any PHI marked. */
export function ThreadComment({ comment: commentRef, isCurrent = false }: ThreadCommentProps) {
  const comment = getFragmentData(ThreadCommentFragment, commentRef);
  const author = comment.authorName ?? comment.authorHandle ?? 'Unknown author';
  return (
    <Box
      component="article"
      aria-current={isCurrent ? 'true' : undefined}
      aria-label={isCurrent ? `Comment by ${author}` : `${author} in this thread`}
      p={isCurrent ? 'md' : 'sm'}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: isCurrent ? SURFACE.openCommentInThread : undefined,
        border: `1px solid ${isCurrent ? 'var(--mantine-color-bedside-2)' : SURFACE.border}`,
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap={8} wrap="nowrap" miw={0}>
            <AuthorAvatar name={author} size={isCurrent ? 32 : 26} />
            <Text size={isCurrent ? 'md' : 'sm'} fw={600} truncate="end">
              {author}
            </Text>
            {comment.authorHandle && comment.authorName ? (
              <Text size="sm" c="dimmed" truncate="end">
                {comment.authorHandle}
              </Text>
            ) : null}
          </Group>
          <Group gap={8} wrap="nowrap">
            {isCurrent ? null : <StatusBadge status={comment.status} size="xs" />}
            <TimeAgo value={comment.createdAt} />
          </Group>
        </Group>
        {comment.rating !== null && comment.rating !== undefined ? (
          <StarRating value={comment.rating} />
        ) : null}
        <PhiHighlightedText text={comment.text} phi={comment.phi} size={isCurrent ? 'md' : 'sm'} />
      </Stack>
    </Box>
  );
}
