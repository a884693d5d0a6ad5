import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { TimeAgo } from '../../../ui/TimeAgo';

export const PostContextFragment = graphql(`
  fragment PostContext_post on Post {
    id
    text
    url
    publishedAt
  }
`);

export interface PostContextProps {
  post: FragmentType<typeof PostContextFragment>;
}

/** The hospital's own post the comment sits on, so the reply can be read in context. */
export function PostContext({ post: postRef }: PostContextProps) {
  const post = getFragmentData(PostContextFragment, postRef);
  return (
    <Paper component="section" aria-label="Post" withBorder p="sm" radius="md" bg="slate.0">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            On the post
          </Text>
          <Group gap="sm">
            {post.publishedAt ? <TimeAgo value={post.publishedAt} /> : null}
            {post.url ? (
              <Anchor href={post.url} target="_blank" rel="noreferrer noopener" size="xs">
                <Group gap={3} wrap="nowrap">
                  View post
                  <IconExternalLink size={12} aria-hidden />
                </Group>
              </Anchor>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" c="slate.7" lineClamp={3}>
          {post.text ?? 'The platform has not sent the text of this post yet.'}
        </Text>
      </Stack>
    </Paper>
  );
}
