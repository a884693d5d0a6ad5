import { COMMENT_STATUS_LABELS } from '@bedside/domain';
import { Button, Group, Kbd } from '@mantine/core';
import {
  type Icon,
  IconAlertOctagon,
  IconArrowBackUp,
  IconCircleCheck,
  IconEyeOff,
  IconMessageReply,
  IconProgress,
} from '@tabler/icons-react';

import { STATUS_COLORS } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { CommentStatus } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';
import { useShortcutHandlers } from '../../shortcuts/hooks/useShortcutHandlers';
import { formatKey, getShortcut, type ShortcutHandlers } from '../../shortcuts/shortcut-registry';
import { STATUS_ACTIONS } from '../utils/status-actions';

export const StatusActionsFragment = graphql(`
  fragment StatusActions_comment on Comment {
    id
    status
  }
`);

const ICONS: Record<CommentStatus, Icon> = {
  IN_PROGRESS: IconProgress,
  REPLIED: IconMessageReply,
  ESCALATED: IconAlertOctagon,
  CLOSED: IconCircleCheck,
  HIDDEN: IconEyeOff,
  NEW: IconArrowBackUp,
};

export interface StatusActionsProps {
  comment: FragmentType<typeof StatusActionsFragment>;
  isUpdating: boolean;
  onChangeStatus: (to: CommentStatus) => void;
}

/** Buttons (and their shortcuts) that move the open comment through the workflow. */
export function StatusActions({
  comment: commentRef,
  isUpdating,
  onChangeStatus,
}: StatusActionsProps) {
  const comment = getFragmentData(StatusActionsFragment, commentRef);

  const handlers: ShortcutHandlers = {};
  for (const action of STATUS_ACTIONS) {
    handlers[action.shortcut] = () => {
      if (action.status !== comment.status) {
        onChangeStatus(action.status);
      }
    };
  }
  useShortcutHandlers(handlers);

  return (
    <Group gap={6} role="toolbar" aria-label="Change status">
      {STATUS_ACTIONS.map((action) => {
        const shortcut = getShortcut(action.shortcut);
        const Glyph = ICONS[action.status];
        const isCurrent = action.status === comment.status;
        return (
          <Button
            key={action.status}
            size="xs"
            variant={isCurrent ? 'light' : 'default'}
            color={isCurrent ? STATUS_COLORS[toDomainValue(action.status)] : undefined}
            disabled={isCurrent || isUpdating}
            leftSection={<Glyph size={15} aria-hidden />}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {formatKey(shortcut.key)}
              </Kbd>
            }
            aria-keyshortcuts={shortcut.key}
            title={
              isCurrent
                ? `Already ${COMMENT_STATUS_LABELS[toDomainValue(action.status)].toLowerCase()}`
                : undefined
            }
            data-status-action={action.status}
            onClick={() => onChangeStatus(action.status)}
          >
            {shortcut.description}
          </Button>
        );
      })}
    </Group>
  );
}
