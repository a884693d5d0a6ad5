import { AUTHOR_FLAG_LABELS } from '@bedside/domain';
import { Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { AuthorFlag } from '../../../gql/graphql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';
import { useViewerCan } from '../../session/ViewerContext';
import { useSetAuthorFlag } from '../hooks/useSetAuthorFlag';

export const AuthorFlagControlFragment = graphql(`
  fragment AuthorFlagControl_author on AuthorProfile {
    id
    flag
    flagChangedAt
    flagChangedByName
  }
`);

export interface AuthorFlagControlProps {
  author: FragmentType<typeof AuthorFlagControlFragment>;
  commentId: string;
}

const FLAGS: readonly AuthorFlag[] = ['NONE', 'WATCH', 'BLOCK'];
const FLAG_COLORS: Record<AuthorFlag, string> = { NONE: 'gray', WATCH: 'yellow', BLOCK: 'red' };
const FLAG_HINTS: Record<AuthorFlag, string> = {
  NONE: 'Nothing special.',
  WATCH: 'The team keeps an eye on what they write.',
  BLOCK:
    'What they write next is hidden by the “Blocked authors” rule; nothing already posted changes.',
};

/** Watch or block the author (managers), or see who did; everyone else reads the flag. */
export function AuthorFlagControl({ author: authorRef, commentId }: AuthorFlagControlProps) {
  const author = getFragmentData(AuthorFlagControlFragment, authorRef);
  const canChange = useViewerCan('manager');
  const { setFlag, isSaving, error } = useSetAuthorFlag(commentId);
  const labelId = useId();

  return (
    <Stack gap={6}>
      <Text id={labelId} size="xs" fw={600} c="dimmed" tt="uppercase">
        Flag
      </Text>
      {canChange ? (
        <SegmentedControl
          aria-labelledby={labelId}
          value={author.flag}
          onChange={(value) => void setFlag(value)}
          disabled={isSaving}
          data={FLAGS.map((flag) => ({
            value: flag,
            label: AUTHOR_FLAG_LABELS[toDomainValue(flag)],
          }))}
        />
      ) : (
        <Badge color={FLAG_COLORS[author.flag]} variant="light" tt="none">
          {AUTHOR_FLAG_LABELS[toDomainValue(author.flag)]}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {FLAG_HINTS[author.flag]}
      </Text>
      {author.flagChangedAt && author.flagChangedByName ? (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            Set by {author.flagChangedByName}
          </Text>
          <TimeAgo value={author.flagChangedAt} />
        </Group>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="alert">
          The flag did not change: {describeError(error).message}
        </Text>
      ) : null}
    </Stack>
  );
}
