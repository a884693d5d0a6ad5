import { Drawer, Skeleton, Stack } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { useAuthorPanel } from '../hooks/useAuthorPanel';
import { AuthorComments } from './AuthorComments';
import { AuthorFlagControl } from './AuthorFlagControl';
import { AuthorNotes } from './AuthorNotes';
import { AuthorSummary } from './AuthorSummary';

export interface AuthorDrawerProps {
  commentId: string;
  opened: boolean;
  onClose: () => void;
}

/** The author panel, beside the open comment: who they are across channels, never their health. */
export function AuthorDrawer({ commentId, opened, onClose }: AuthorDrawerProps) {
  const { data, error, refetch } = useAuthorPanel(commentId, opened);
  const author = data?.author ?? null;

  let body;
  if (error && !data) {
    body = (
      <ErrorState
        title="Could not load this author"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = (
      <Stack gap="sm" aria-label="Loading the author" aria-busy>
        <Skeleton height={24} width="60%" />
        <Skeleton height={14} width="40%" />
        <Skeleton height={80} />
        <Skeleton height={120} />
      </Stack>
    );
  } else if (!author) {
    body = (
      <EmptyState
        icon={<IconUserQuestion size={26} />}
        title="No author to show"
        description="This comment names nobody Bedside can recognise (for example “Anonymous”), so there is no history to gather."
        color="slate"
      />
    );
  } else {
    body = (
      <Stack gap="lg">
        <AuthorSummary author={author} />
        <AuthorFlagControl author={author} commentId={commentId} />
        <AuthorNotes author={author} commentId={commentId} />
        <AuthorComments
          comments={author.comments.edges.map((edge) => edge.node)}
          totalCount={author.comments.totalCount}
          openCommentId={commentId}
        />
      </Stack>
    );
  }

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title="Author"
      closeButtonProps={{ 'aria-label': 'Close the author panel' }}
    >
      {body}
    </Drawer>
  );
}
