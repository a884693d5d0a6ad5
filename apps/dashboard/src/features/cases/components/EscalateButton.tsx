import { type CaseSuggestion, suggestCase } from '@bedside/domain';
import { Button, Kbd } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useState } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { toDomainValue } from '../../../ui/vocabulary';
import { useShortcutHandlers } from '../../shortcuts/hooks/useShortcutHandlers';
import { formatKey, getShortcut } from '../../shortcuts/shortcut-registry';
import { EscalateModal } from './EscalateModal';

export const EscalateButtonFragment = graphql(`
  fragment EscalateButton_comment on Comment {
    id
    hasPhi
    intents {
      label
    }
  }
`);

export interface EscalateButtonProps {
  comment: FragmentType<typeof EscalateButtonFragment>;
  /** Told once the comment is in a case (its status is now ESCALATED). */
  onEscalated?: () => void;
}

/** "Escalate" (or `e`): opens a case for the comment, or adds it to an open one. */
export function EscalateButton({ comment: commentRef, onEscalated }: EscalateButtonProps) {
  const comment = getFragmentData(EscalateButtonFragment, commentRef);
  const [opened, setOpened] = useState(false);
  const shortcut = getShortcut('escalate');
  useShortcutHandlers({ escalate: () => setOpened(true) });
  const suggestion: CaseSuggestion = suggestCase({
    intents: comment.intents.map((intent) => toDomainValue(intent.label)),
    hasPhi: comment.hasPhi,
  });

  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="grape"
        leftSection={<IconAlertOctagon size={15} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            {formatKey(shortcut.key)}
          </Kbd>
        }
        aria-keyshortcuts={shortcut.key}
        aria-haspopup="dialog"
        onClick={() => setOpened(true)}
      >
        Escalate
      </Button>
      {opened ? (
        <EscalateModal
          commentId={comment.id}
          suggestion={suggestion}
          onClose={() => setOpened(false)}
          onEscalated={onEscalated}
        />
      ) : null}
    </>
  );
}
