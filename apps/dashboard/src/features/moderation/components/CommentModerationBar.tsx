import { Stack } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { AuthorButton } from '../../authors/components/AuthorButton';
import { AutoModerationBanner } from './AutoModerationBanner';

export const CommentModerationBarFragment = graphql(`
  fragment CommentModerationBar_comment on Comment {
    id
    ...AutoModerationBanner_comment
    ...AuthorButton_comment
  }
`);

export interface CommentModerationBarProps {
  comment: FragmentType<typeof CommentModerationBarFragment>;
}

/** Moderation on the open comment: what a rule did to it, and who wrote it across channels. */
export function CommentModerationBar({ comment: commentRef }: CommentModerationBarProps) {
  const comment = getFragmentData(CommentModerationBarFragment, commentRef);
  return (
    <Stack gap="xs">
      <AutoModerationBanner comment={comment} />
      <AuthorButton comment={comment} />
    </Stack>
  );
}
