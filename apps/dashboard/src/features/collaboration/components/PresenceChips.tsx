import { Badge, Group, Tooltip } from '@mantine/core';
import { IconEye, IconPencil } from '@tabler/icons-react';

import { formatExactTime } from '../../../ui/format-time';
import { useCommentPresence } from '../hooks/useCommentPresence';
import { describePresence } from '../utils/presence';

/** Chips beyond this fold into "+N more", so a crowd cannot push the status actions away. */
const MAX_CHIPS = 3;

export interface PresenceChipsProps {
  commentId: string;
}

/** "Dana Whitfield is viewing" / "… is drafting a reply": teammates on the open comment now. */
export function PresenceChips({ commentId }: PresenceChipsProps) {
  const { others } = useCommentPresence(commentId);
  const shown = others.slice(0, MAX_CHIPS);
  const hidden = others.slice(MAX_CHIPS);
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      aria-label="Teammates on this comment"
    >
      {shown.map((entry) => {
        const isDrafting = entry.activity === 'DRAFTING';
        const Glyph = isDrafting ? IconPencil : IconEye;
        return (
          <Tooltip key={entry.userId} label={`Since ${formatExactTime(entry.since)}`} withinPortal>
            <Badge
              size="md"
              radius="sm"
              variant="light"
              color={isDrafting ? 'orange' : 'blue'}
              tt="none"
              fw={500}
              leftSection={<Glyph size={13} aria-hidden />}
              data-activity={entry.activity}
              style={{ flexShrink: 0 }}
            >
              {describePresence(entry)}
            </Badge>
          </Tooltip>
        );
      })}
      {hidden.length > 0 ? (
        <Tooltip label={hidden.map(describePresence).join(', ')} withinPortal>
          <Badge size="md" radius="sm" variant="light" color="slate" tt="none" fw={500}>
            +{hidden.length} more
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}
