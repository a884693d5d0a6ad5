import { Box, Stack, Text } from '@mantine/core';

import type { FragmentType } from '../../../gql';
import { ThreadComment, type ThreadCommentFragment } from './ThreadComment';

type ThreadCommentRef = FragmentType<typeof ThreadCommentFragment> & { id: string };

export interface CommentThreadProps {
  ancestors: readonly ThreadCommentRef[];
  comment: ThreadCommentRef;
  replies: readonly ThreadCommentRef[];
}

/** The conversation around the open comment: what it answers, the comment, and its replies. */
export function CommentThread({ ancestors, comment, replies }: CommentThreadProps) {
  return (
    <Stack gap="sm" component="section" aria-label="Thread">
      {ancestors.length > 0 ? (
        <Stack gap={6}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            In reply to
          </Text>
          {ancestors.map((ancestor) => (
            <ThreadComment key={ancestor.id} comment={ancestor} />
          ))}
        </Stack>
      ) : null}
      <ThreadComment comment={comment} isCurrent />
      {replies.length > 0 ? (
        <Stack gap={6}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {replies.length === 1 ? '1 reply' : `${replies.length} replies`}
          </Text>
          <Box pl="md" style={{ borderLeft: '2px solid var(--mantine-color-slate-1)' }}>
            <Stack gap={6}>
              {replies.map((reply) => (
                <ThreadComment key={reply.id} comment={reply} />
              ))}
            </Stack>
          </Box>
        </Stack>
      ) : null}
    </Stack>
  );
}
