import { MODERATION_ACTION_STATE_LABELS } from '@bedside/domain';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { TimeAgo } from '../../../ui/TimeAgo';
import { toDomainValue } from '../../../ui/vocabulary';
import { describeAutomaticAction } from '../utils/action-labels';

export const ModerationActionItemFragment = graphql(`
  fragment ModerationActionItem_action on ModerationAction {
    id
    kind
    automatic
    ruleName
    explanation
    team
    state
    canUndo
    appliedAt
    decidedByName
    platformNote
    comment {
      id
      authorName
      channel {
        id
        kind
      }
    }
  }
`);

export interface ModerationActionItemProps {
  action: FragmentType<typeof ModerationActionItemFragment>;
  isUndoing: boolean;
  onUndo: (id: string) => void;
}

const STATE_COLORS = { APPLIED: 'bedside', CONFIRMED: 'slate', UNDONE: 'gray' } as const;

/** One automatic action in the log: what, why, on which comment, and Undo. */
export function ModerationActionItem({
  action: actionRef,
  isUndoing,
  onUndo,
}: ModerationActionItemProps) {
  const action = getFragmentData(ModerationActionItemFragment, actionRef);
  const title = describeAutomaticAction(action);
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="md"
      py="sm"
      aria-label={title}
      style={{ borderBottom: '1px solid var(--mantine-color-slate-1)' }}
    >
      <Stack gap={2} miw={0}>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Badge size="xs" variant="light" color={STATE_COLORS[action.state]} tt="none">
            {MODERATION_ACTION_STATE_LABELS[toDomainValue(action.state)]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {action.explanation ?? ''}
          {action.kind === 'ASSIGN_TEAM' ? '' : ` · ${action.platformNote}`}
        </Text>
        <Group gap={6} wrap="nowrap">
          <TimeAgo value={action.appliedAt} />
          {action.comment ? (
            <>
              <ChannelIcon kind={action.comment.channel.kind} size={14} />
              <Anchor component={Link} to={`/inbox/${action.comment.id}`} size="xs">
                Comment by {action.comment.authorName ?? 'an unnamed author'}
              </Anchor>
            </>
          ) : null}
          {action.decidedByName ? (
            <Text size="xs" c="dimmed">
              · {action.state === 'UNDONE' ? 'Undone' : 'Confirmed'} by {action.decidedByName}
            </Text>
          ) : null}
        </Group>
      </Stack>
      {action.canUndo ? (
        <Button
          size="xs"
          variant="default"
          loading={isUndoing}
          onClick={() => onUndo(action.id)}
          aria-label={`Undo: ${title}`}
        >
          Undo
        </Button>
      ) : null}
    </Group>
  );
}
