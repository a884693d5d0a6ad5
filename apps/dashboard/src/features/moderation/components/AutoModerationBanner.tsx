import { Alert, Button, Group, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useViewerCan } from '../../session/ViewerContext';
import { useUndoModerationAction } from '../hooks/useUndoModerationAction';
import { describeAutomaticAction } from '../utils/action-labels';

export const AutoModerationBannerFragment = graphql(`
  fragment AutoModerationBanner_comment on Comment {
    id
    status
    moderationActions {
      id
      kind
      automatic
      state
      canUndo
      ruleName
      explanation
      team
      platformNote
    }
  }
`);

export interface AutoModerationBannerProps {
  comment: FragmentType<typeof AutoModerationBannerFragment>;
}

/**
 * Says so when a rule hid, held or assigned the open comment and that is still in force, with
 * one-click Undo for reviewers (a rule's decision is theirs to reverse).
 */
export function AutoModerationBanner({ comment: commentRef }: AutoModerationBannerProps) {
  const comment = getFragmentData(AutoModerationBannerFragment, commentRef);
  const canUndo = useViewerCan('reviewer');
  const { undo, isUndoing, error } = useUndoModerationAction();
  // The newest action in force; one a person has since overridden (canUndo false) is history.
  const action = comment.moderationActions.find(
    (candidate) => candidate.automatic && candidate.state !== 'UNDONE' && candidate.canUndo,
  );
  if (!action) {
    return null;
  }
  const title = describeAutomaticAction(action);
  return (
    <Alert
      color={action.kind === 'ASSIGN_TEAM' ? 'bedside' : 'orange'}
      variant="light"
      icon={<IconShieldCheck size={18} aria-hidden />}
      aria-label="Automatic moderation"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <div>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {action.explanation ?? ''}
            {action.kind === 'ASSIGN_TEAM' ? '' : ` · ${action.platformNote}`}
          </Text>
          {error ? (
            <Text size="xs" c="red" role="alert">
              Not undone: {describeError(error).message}
            </Text>
          ) : null}
        </div>
        {canUndo ? (
          <Button
            size="xs"
            variant="white"
            loading={isUndoing}
            onClick={() => void undo(action.id)}
            aria-label={`Undo: ${title}`}
          >
            Undo
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
