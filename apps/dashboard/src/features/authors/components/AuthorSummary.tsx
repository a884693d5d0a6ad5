import { CHANNEL_KIND_LABELS } from '@bedside/domain';
import { Group, Stack, Text, Title } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { formatExactTime } from '../../../ui/format-time';
import { toDomainValue } from '../../../ui/vocabulary';

export const AuthorSummaryFragment = graphql(`
  fragment AuthorSummary_author on AuthorProfile {
    id
    displayName
    handles
    channels
    commentCount
    firstSeenAt
  }
`);

export interface AuthorSummaryProps {
  author: FragmentType<typeof AuthorSummaryFragment>;
}

/** Name, handles and channels: only what the platforms show about the person. */
export function AuthorSummary({ author: authorRef }: AuthorSummaryProps) {
  const author = getFragmentData(AuthorSummaryFragment, authorRef);
  return (
    <Stack gap={4}>
      <Title order={2} size="h4">
        {author.displayName}
      </Title>
      {author.handles.length > 0 ? (
        <Text size="sm" c="dimmed">
          {author.handles.join(', ')}
        </Text>
      ) : null}
      <Group gap={6}>
        {author.channels.map((kind) => (
          <Group key={kind} gap={4} wrap="nowrap">
            <ChannelIcon kind={kind} size={14} decorative />
            <Text size="xs">{CHANNEL_KIND_LABELS[toDomainValue(kind)]}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {author.commentCount === 1 ? '1 comment' : `${author.commentCount} comments`} since{' '}
        {formatExactTime(author.firstSeenAt)}
      </Text>
    </Stack>
  );
}
