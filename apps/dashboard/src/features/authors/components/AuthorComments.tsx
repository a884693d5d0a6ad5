import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { StatusBadge } from '../../../ui/StatusBadge';
import { TimeAgo } from '../../../ui/TimeAgo';

export const AuthorCommentItemFragment = graphql(`
  fragment AuthorCommentItem_comment on Comment {
    id
    text
    status
    createdAt
    channel {
      id
      kind
    }
  }
`);

export interface AuthorCommentsProps {
  comments: readonly ({ id: string } & FragmentType<typeof AuthorCommentItemFragment>)[];
  totalCount: number;
  /** The comment the panel was opened from, marked in the list. */
  openCommentId: string;
}

/** Everything the person wrote, on every channel, newest first. */
export function AuthorComments({ comments, totalCount, openCommentId }: AuthorCommentsProps) {
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Text id={titleId} size="xs" fw={600} c="dimmed" tt="uppercase" mb={6}>
        Comments on every channel ({totalCount})
      </Text>
      <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {comments.map((ref) => {
          const comment = getFragmentData(AuthorCommentItemFragment, ref);
          const isOpen = comment.id === openCommentId;
          return (
            <Box component="li" key={comment.id} aria-current={isOpen ? 'true' : undefined}>
              <Group gap={6} wrap="nowrap" mb={2}>
                <ChannelIcon kind={comment.channel.kind} size={14} />
                <TimeAgo value={comment.createdAt} />
                <StatusBadge status={comment.status} size="xs" />
                {isOpen ? (
                  <Text size="xs" c="dimmed">
                    · this comment
                  </Text>
                ) : (
                  <Anchor component={Link} to={`/inbox/${comment.id}`} size="xs">
                    Open
                  </Anchor>
                )}
              </Group>
              <Text size="sm" lineClamp={3}>
                {comment.text}
              </Text>
            </Box>
          );
        })}
      </Stack>
      {totalCount > comments.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          Showing the {comments.length} newest of {totalCount}.
        </Text>
      ) : null}
    </Box>
  );
}
