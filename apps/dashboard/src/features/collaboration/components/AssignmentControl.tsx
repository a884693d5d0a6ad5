import { Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useViewer, useViewerCan } from '../../session/ViewerContext';
import { useShortcutHandlers } from '../../shortcuts/hooks/useShortcutHandlers';
import { useAssignComment } from '../hooks/useAssignComment';
import { AssigneePicker } from './AssigneePicker';
import { SelfAssignment } from './SelfAssignment';

export const AssignmentControlFragment = graphql(`
  fragment AssignmentControl_comment on Comment {
    id
    assignee {
      id
      displayName
      role
    }
  }
`);

export interface AssignmentControlProps {
  comment: FragmentType<typeof AssignmentControlFragment>;
}

/**
 * Who works on the open comment. Managers pick anyone (or unassign); everyone else may take an
 * unassigned comment or give back their own, the same rule the server enforces. `a` takes it, or
 * opens the manager's picker.
 */
export function AssignmentControl({ comment: commentRef }: AssignmentControlProps) {
  const comment = getFragmentData(AssignmentControlFragment, commentRef);
  const viewer = useViewer();
  const canAssignAnyone = useViewerCan('manager');
  const { assign, isAssigning, error } = useAssignComment();
  const pickerRef = useRef<HTMLInputElement>(null);
  const assignee = comment.assignee ?? null;
  const me = { id: viewer.id, displayName: viewer.displayName, role: viewer.role };

  useShortcutHandlers({
    assignComment: () => {
      if (canAssignAnyone) {
        pickerRef.current?.focus();
      } else if (!assignee && !isAssigning) {
        void assign(comment.id, me);
      }
    },
  });

  return (
    <Stack gap={4} miw={0}>
      <Group gap="xs" wrap="nowrap" role="group" aria-label="Assignment">
        {canAssignAnyone ? (
          <AssigneePicker
            inputRef={pickerRef}
            assignee={assignee}
            isAssigning={isAssigning}
            onAssign={(member) => void assign(comment.id, member)}
          />
        ) : (
          <SelfAssignment
            assignee={assignee}
            viewerId={viewer.id}
            isAssigning={isAssigning}
            onTake={() => void assign(comment.id, me)}
            onGiveBack={() => void assign(comment.id, null)}
          />
        )}
      </Group>
      {error ? (
        <Text size="xs" c="red" role="alert">
          The assignment did not change: {describeError(error).message}
        </Text>
      ) : null}
    </Stack>
  );
}
