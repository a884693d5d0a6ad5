import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { type KeyboardEvent, memo } from 'react';

import { RATING_COLOR, SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { SampleBadge } from '../../../ui/SampleBadge';
import { StatusBadge } from '../../../ui/StatusBadge';
import { TimeAgo } from '../../../ui/TimeAgo';
import { TriageBadge } from '../../../ui/TriageBadge';
import { toDomainValue } from '../../../ui/vocabulary';
import { AssigneeInitials } from '../../collaboration/components/AssigneeInitials';

export const CommentRowFragment = graphql(`
  fragment CommentRow_comment on Comment {
    id
    authorName
    authorHandle
    createdAt
    text
    status
    hasPhi
    rating
    replyCount
    sentiment
    urgency
    intents {
      label
      confidence
    }
    channel {
      id
      kind
      displayName
      isSample
    }
    assignee {
      id
      displayName
    }
  }
`);

/** Fixed height keeps scrolling through thousands of rows cheap: nothing has to be measured. */
export const COMMENT_ROW_HEIGHT = 118;
const MAX_INTENT_BADGES = 2;

export interface CommentRowProps {
  comment: FragmentType<typeof CommentRowFragment>;
  index: number;
  setSize: number;
  top: number;
  isSelected: boolean;
  /** False when the comment has moved out of the tab being viewed (e.g. just closed). */
  matchesTab: boolean;
  onOpen: (id: string, index: number) => void;
}

export function commentRowDomId(id: string): string {
  return `comment-row-${id}`;
}

/** One comment in the inbox list: who, where, when, what, and how triage sees it. */
export const CommentRow = memo(function CommentRow({
  comment: commentRef,
  index,
  setSize,
  top,
  isSelected,
  matchesTab,
  onOpen,
}: CommentRowProps) {
  const comment = getFragmentData(CommentRowFragment, commentRef);
  const author = comment.authorName ?? comment.authorHandle ?? 'Unknown author';
  const intents = comment.intents.slice(0, MAX_INTENT_BADGES);
  const hiddenIntents = comment.intents.length - intents.length;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(comment.id, index);
    }
  }

  return (
    <Box
      id={commentRowDomId(comment.id)}
      role="option"
      aria-selected={isSelected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      tabIndex={-1}
      data-comment-id={comment.id}
      className="bedside-comment-row"
      onClick={() => onOpen(comment.id, index)}
      onKeyDown={onKeyDown}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        height: COMMENT_ROW_HEIGHT,
        transform: `translateY(${top}px)`,
        padding: '12px 16px 10px 14px',
        borderBottom: `1px solid ${SURFACE.border}`,
        borderLeft: `3px solid ${isSelected ? SURFACE.selectedRowAccent : 'transparent'}`,
        background: isSelected ? SURFACE.selectedRow : undefined,
        opacity: matchesTab ? 1 : 0.55,
        cursor: 'pointer',
        overflow: 'hidden',
        outline: 'none',
      }}
    >
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap" miw={0}>
          <ChannelIcon kind={comment.channel.kind} size={17} />
          <Text size="sm" fw={600} truncate="end" miw={0}>
            {author}
          </Text>
          {comment.authorHandle && comment.authorName ? (
            <Text size="xs" c="dimmed" truncate="end" miw={0}>
              {comment.authorHandle}
            </Text>
          ) : null}
        </Group>
        <TimeAgo value={comment.createdAt} withTooltip={false} />
      </Group>
      <Text size="sm" c="slate.8" lineClamp={2} mt={4} mb={8} style={{ lineHeight: 1.45 }}>
        {comment.text}
      </Text>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Group gap={5} wrap="nowrap" miw={0} style={{ overflow: 'hidden' }}>
          {comment.urgency ? (
            <TriageBadge
              kind="urgency"
              value={toDomainValue(comment.urgency)}
              interactive={false}
              size="xs"
            />
          ) : null}
          {comment.hasPhi ? <TriageBadge kind="phi" interactive={false} size="xs" /> : null}
          {comment.sentiment ? (
            <TriageBadge
              kind="sentiment"
              value={toDomainValue(comment.sentiment)}
              interactive={false}
              size="xs"
            />
          ) : null}
          {intents.map((intent) => (
            <TriageBadge
              key={intent.label}
              kind="intent"
              value={toDomainValue(intent.label)}
              interactive={false}
              size="xs"
            />
          ))}
          {hiddenIntents > 0 ? (
            <Text size="xs" c="dimmed">
              +{hiddenIntents}
            </Text>
          ) : null}
          {comment.rating !== null && comment.rating !== undefined ? (
            <Text size="xs" c={`${RATING_COLOR}.6`} style={{ flexShrink: 0, letterSpacing: 1 }}>
              <span aria-hidden>{'★'.repeat(comment.rating)}</span>
              <VisuallyHidden>Rated {comment.rating} out of 5</VisuallyHidden>
            </Text>
          ) : null}
          {comment.channel.isSample ? <SampleBadge /> : null}
        </Group>
        <Group gap={8} wrap="nowrap">
          {comment.replyCount > 0 ? (
            <Group gap={3} wrap="nowrap">
              <IconMessageCircle size={13} color="var(--mantine-color-dimmed)" aria-hidden />
              <Text size="xs" c="dimmed">
                {comment.replyCount}
                <VisuallyHidden> replies</VisuallyHidden>
              </Text>
            </Group>
          ) : null}
          {comment.assignee ? (
            <AssigneeInitials displayName={comment.assignee.displayName} />
          ) : null}
          <StatusBadge status={comment.status} size="xs" />
        </Group>
      </Group>
    </Box>
  );
});
