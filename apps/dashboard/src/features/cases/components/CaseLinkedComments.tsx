import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { StatusBadge } from '../../../ui/StatusBadge';
import { TimeAgo } from '../../../ui/TimeAgo';

export const CaseLinkedCommentsFragment = graphql(`
  fragment CaseLinkedComments_case on Case {
    id
    comments {
      id
      authorName
      text
      createdAt
      status
      channel {
        id
        kind
        displayName
      }
    }
  }
`);

export interface CaseLinkedCommentsProps {
  case: FragmentType<typeof CaseLinkedCommentsFragment>;
}

/** The comments the case is about, each linking to it in the inbox. */
export function CaseLinkedComments({ case: caseRef }: CaseLinkedCommentsProps) {
  const { comments } = getFragmentData(CaseLinkedCommentsFragment, caseRef);
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-comments-title">
      <Title order={2} size="h5" id="case-comments-title">
        {comments.length === 1 ? 'Comment' : `Comments (${comments.length})`}
      </Title>
      {comments.map((comment) => (
        <Paper
          key={comment.id}
          withBorder
          p="md"
          radius="md"
          component="article"
          aria-label={`Comment by ${comment.authorName ?? 'an unknown author'}`}
        >
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <ChannelIcon kind={comment.channel.kind} size={18} />
              <Text size="sm" fw={600} truncate="end">
                {comment.authorName ?? 'Unknown author'}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {comment.channel.displayName}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <StatusBadge status={comment.status} />
              <TimeAgo value={comment.createdAt} />
            </Group>
          </Group>
          <Text size="sm" mt="xs" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
            {comment.text}
          </Text>
          <Anchor
            component={Link}
            to={`/inbox/${comment.id}?status=all`}
            size="sm"
            mt="xs"
            display="inline-block"
          >
            Open in the inbox
          </Anchor>
        </Paper>
      ))}
    </Stack>
  );
}
