import { Anchor, Box, CloseButton, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconMessageOff } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { SURFACE } from '../../../app/theme';
import { getFragmentData, graphql } from '../../../gql';
import type { CommentStatus } from '../../../gql/graphql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { SampleBadge } from '../../../ui/SampleBadge';
import { StatusBadge } from '../../../ui/StatusBadge';
import { CommentCases } from '../../cases/components/CommentCases';
import { CommentSlaBadge } from '../../cases/components/CommentSlaBadge';
import { EscalateButton } from '../../cases/components/EscalateButton';
import { CommentCollaborationBar } from '../../collaboration/components/CommentCollaborationBar';
import { CommentNotes } from '../../collaboration/components/CommentNotes';
import { useDoubleReplyGuard } from '../../collaboration/hooks/useDoubleReplyGuard';
import { CommentModerationBar } from '../../moderation/components/CommentModerationBar';
import {
  HideCommentModal,
  suggestedHideReason,
} from '../../moderation/components/HideCommentModal';
import { ReplyComposer } from '../../replies/components/ReplyComposer';
import { useShortcutHandlers } from '../../shortcuts/hooks/useShortcutHandlers';
import { useCommentDetail } from '../hooks/useCommentDetail';
import { type StatusChange, useUpdateCommentStatus } from '../hooks/useUpdateCommentStatus';
import { CommentDetailSkeleton } from './CommentDetailSkeleton';
import { CommentFacts } from './CommentFacts';
import { CommentThread } from './CommentThread';
import { DeletedOnPlatformBadge } from './DeletedOnPlatformBadge';
import { PhiWarning } from './PhiWarning';
import { PostContext } from './PostContext';
import { StatusActions } from './StatusActions';
import { TriageSummary } from './TriageSummary';

export const CommentDetailFragment = graphql(`
  fragment CommentDetail_comment on Comment {
    id
    url
    status
    hasPhi
    deletedAt
    intents {
      label
    }
    channel {
      id
      kind
      displayName
      isSample
    }
    post {
      id
      ...PostContext_post
    }
    ancestors {
      id
      ...ThreadComment_comment
    }
    replies {
      id
      ...ThreadComment_comment
    }
    ...ThreadComment_comment
    ...TriageSummary_comment
    ...StatusActions_comment
    ...CommentFacts_comment
    ...AssignmentControl_comment
    ...CommentNotes_comment
    ...DoubleReplyGuard_comment
    ...CommentCases_comment
    ...CommentSlaBadge_comment
    ...EscalateButton_comment
    ...ReplyComposer_comment
    ...CommentModerationBar_comment
  }
`);

export interface CommentDetailPaneProps {
  commentId: string;
  onClose: () => void;
  onStatusChanged?: (change: StatusChange) => void;
}

/** The open comment: its thread, post, triage and PHI warning, and the status actions. */
export function CommentDetailPane({ commentId, onClose, onStatusChanged }: CommentDetailPaneProps) {
  const { data, error, loading, refetch } = useCommentDetail(commentId);
  const { updateStatus, isUpdating, error: updateError } = useUpdateCommentStatus(onStatusChanged);
  useShortcutHandlers({ closeComment: onClose });

  const closeButton = <CloseButton aria-label="Close comment" onClick={onClose} />;
  const comment = data?.comment ? getFragmentData(CommentDetailFragment, data.comment) : null;
  const replyGuard = useDoubleReplyGuard(commentId, comment);
  const [hiding, setHiding] = useState(false);

  if (!comment) {
    let body = <CommentDetailSkeleton />;
    if (error && !loading) {
      body = (
        <ErrorState
          title="Could not load this comment"
          message={describeError(error).message}
          onRetry={() => void refetch()}
        />
      );
    } else if (data && data.comment === null) {
      body = (
        <EmptyState
          icon={<IconMessageOff size={26} />}
          title="This comment is not here"
          description="It may have been removed, or the link is wrong."
          color="slate"
        />
      );
    }
    return (
      <Stack gap={0} h="100%" aria-label="Comment" component="section">
        <Group justify="flex-end" p="xs">
          {closeButton}
        </Group>
        {body}
      </Stack>
    );
  }

  const changeStatus = (to: CommentStatus) => {
    const change = () => void updateStatus({ id: comment.id, from: comment.status, to });
    // Hiding needs a community-guidelines reason (C22): the dialog asks, then hides.
    if (to === 'HIDDEN') {
      setHiding(true);
      return;
    }
    // "Replied" means someone answered the patient: ask first if a teammate is answering too.
    if (to === 'REPLIED') {
      replyGuard.confirmReply(change);
    } else {
      change();
    }
  };

  return (
    <Stack gap={0} h="100%" component="section" aria-label="Comment">
      <Box px="lg" pt="md" pb="sm" style={{ borderBottom: `1px solid ${SURFACE.border}` }}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <ChannelIcon kind={comment.channel.kind} size={20} />
            <Text fw={600} size="sm" truncate="end">
              {comment.channel.displayName}
            </Text>
            {comment.channel.isSample ? <SampleBadge /> : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {comment.deletedAt ? (
              <DeletedOnPlatformBadge kind={comment.channel.kind} deletedAt={comment.deletedAt} />
            ) : null}
            <CommentSlaBadge comment={comment} />
            <StatusBadge status={comment.status} />
            {comment.url ? (
              <Anchor href={comment.url} target="_blank" rel="noreferrer noopener" size="sm">
                <Group gap={4} wrap="nowrap">
                  Open original
                  <IconExternalLink size={14} aria-hidden />
                </Group>
              </Anchor>
            ) : null}
            {closeButton}
          </Group>
        </Group>
        <CommentCollaborationBar commentId={comment.id} comment={comment} />
        {replyGuard.modal}
        <HideCommentModal
          key={comment.id}
          commentId={hiding ? comment.id : null}
          suggested={suggestedHideReason(comment.intents.map((intent) => intent.label))}
          onClose={() => setHiding(false)}
          onHidden={() => onStatusChanged?.({ id: comment.id, from: comment.status, to: 'HIDDEN' })}
        />
        <Group mt="sm" gap={6} align="flex-start">
          <StatusActions comment={comment} isUpdating={isUpdating} onChangeStatus={changeStatus} />
          <EscalateButton
            comment={comment}
            onEscalated={() =>
              onStatusChanged?.({ id: comment.id, from: comment.status, to: 'ESCALATED' })
            }
          />
        </Group>
        {updateError ? (
          <Text size="sm" c="red" mt="xs" role="alert">
            The status did not change: {describeError(updateError).message}
          </Text>
        ) : null}
      </Box>
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap="md" px="lg" py="md">
          {comment.hasPhi ? <PhiWarning /> : null}
          <CommentModerationBar comment={comment} />
          <TriageSummary comment={comment} />
          <CommentCases comment={comment} />
          {comment.post ? <PostContext post={comment.post} /> : null}
          <CommentThread
            ancestors={comment.ancestors}
            comment={comment}
            replies={comment.replies}
          />
          <ReplyComposer
            key={comment.id}
            comment={comment}
            confirmReply={replyGuard.confirmReply}
            onHide={() => changeStatus('HIDDEN')}
            onReplied={() =>
              onStatusChanged?.({ id: comment.id, from: comment.status, to: 'REPLIED' })
            }
          />
          <CommentNotes comment={comment} />
          <CommentFacts comment={comment} />
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
