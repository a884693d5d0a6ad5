import { type CaseSuggestion } from '@bedside/domain';
import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { type EscalatedCase } from '../hooks/useEscalateComment';
import { LinkToCaseForm } from './LinkToCaseForm';
import { NewCaseForm } from './NewCaseForm';

type Mode = 'new' | 'existing';

export interface EscalateModalProps {
  commentId: string;
  /** Category and team suggested from the comment's triage. */
  suggestion: CaseSuggestion;
  onClose: () => void;
  onEscalated?: () => void;
}

/**
 * Escalating a comment: a new case (category and team preselected from triage) or an open case
 * it belongs to (the same person on another channel). Ends on a link to the case.
 */
export function EscalateModal({ commentId, suggestion, onClose, onEscalated }: EscalateModalProps) {
  const [mode, setMode] = useState<Mode>('new');
  const [done, setDone] = useState<{ escalated: EscalatedCase; mode: Mode } | null>(null);

  const finish = (escalated: EscalatedCase) => {
    setDone({ escalated, mode });
    onEscalated?.();
  };

  return (
    <Modal opened onClose={onClose} title="Escalate to a case" size="lg" centered>
      {done ? (
        <Stack gap="md" role="status">
          <Group gap="xs" c="teal">
            <IconCircleCheck size={20} aria-hidden />
            <Text fw={600}>
              {done.mode === 'new'
                ? `Case ${done.escalated.reference} opened.`
                : `Added to case ${done.escalated.reference}.`}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            The comment is now escalated. The case&apos;s team sees it on the Cases page.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
            <Button component={Link} to={`/cases/${done.escalated.id}`}>
              Open case {done.escalated.reference}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value)}
            aria-label="Escalate to"
            data={[
              { value: 'new', label: 'New case' },
              { value: 'existing', label: 'Add to an open case' },
            ]}
          />
          {mode === 'new' ? (
            <NewCaseForm
              commentId={commentId}
              suggestion={suggestion}
              onCancel={onClose}
              onDone={finish}
            />
          ) : (
            <LinkToCaseForm commentId={commentId} onCancel={onClose} onDone={finish} />
          )}
        </Stack>
      )}
    </Modal>
  );
}
