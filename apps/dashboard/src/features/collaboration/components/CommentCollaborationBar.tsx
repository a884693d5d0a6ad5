import { Group } from '@mantine/core';

import type { FragmentType } from '../../../gql';
import { useLiveCollaboration } from '../hooks/useLiveCollaboration';
import { usePresenceHeartbeat } from '../hooks/usePresenceHeartbeat';
import { AssignmentControl, type AssignmentControlFragment } from './AssignmentControl';
import { PresenceChips } from './PresenceChips';

export interface CommentCollaborationBarProps {
  commentId: string;
  comment: FragmentType<typeof AssignmentControlFragment>;
}

/**
 * The team's row at the top of the open comment: its assignee and who else is on it. Mounting it
 * tells teammates the viewer is here, and keeps assignee and notes live.
 */
export function CommentCollaborationBar({ commentId, comment }: CommentCollaborationBarProps) {
  usePresenceHeartbeat(commentId);
  useLiveCollaboration(commentId);
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" mt="sm">
      <AssignmentControl comment={comment} />
      <PresenceChips commentId={commentId} />
    </Group>
  );
}
