import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { getFragmentData } from '../../../gql';
import type { ReplyApprovalsQuery } from '../../../gql/graphql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { PhiHighlightedText } from '../../../ui/PhiHighlightedText';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';
import { useViewer } from '../../session/ViewerContext';
import { ReplyFieldsFragment } from '../graphql/reply-fields.fragment';
import { useReplyActions } from '../hooks/useReplyActions';
import { ReplyReviewControls } from './ReplyReviewControls';
import { type ListedViolation, ViolationList } from './ViolationList';

export type ApprovalItem = ReplyApprovalsQuery['replyApprovals'][number];

export interface ApprovalCardProps {
  item: ApprovalItem;
  onDecided: () => void;
}

/** One reply awaiting approval beside the comment it answers, with the reviewer's decision. */
export function ApprovalCard({ item, onDecided }: ApprovalCardProps) {
  const viewer = useViewer();
  const reply = getFragmentData(ReplyFieldsFragment, item);
  const { comment } = item;
  const actions = useReplyActions(comment.id);
  const own = reply.authorId === viewer.id;
  const violations: ListedViolation[] = reply.violations.map((violation) => ({
    code: toDomainValue(violation.code),
    severity: toDomainValue(violation.severity),
    message: violation.message,
    start: violation.start,
    end: violation.end,
  }));
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`Reply by ${reply.authorName}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <ChannelIcon kind={comment.channel.kind} size={18} />
            <Text size="sm" fw={600}>
              {comment.authorName ?? 'Someone'} on {comment.channel.displayName}
            </Text>
            {comment.hasPhi ? (
              <Badge color="grape" variant="light" size="sm">
                Contains PHI
              </Badge>
            ) : null}
          </Group>
          <Anchor component={Link} to={`/inbox/${comment.id}`} size="sm">
            Open in inbox
          </Anchor>
        </Group>
        <PhiHighlightedText text={comment.text} phi={comment.phi} size="sm" c="dimmed" />
        <Paper bg="gray.0" p="sm" radius="sm">
          <Text size="xs" c="dimmed" mb={4}>
            Reply by {reply.authorName}
            {reply.submittedAt ? (
              <>
                {' · submitted '}
                <TimeAgo value={reply.submittedAt} />
              </>
            ) : null}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="approval-reply-body">
            {reply.body}
          </Text>
        </Paper>
        <ViolationList violations={violations} />
        {own ? (
          <Text size="sm" c="dimmed">
            You wrote this reply: another reviewer approves it.
          </Text>
        ) : (
          <ReplyReviewControls reply={reply} actions={actions} onDone={onDecided} />
        )}
      </Stack>
    </Paper>
  );
}
