import {
  type Intent,
  INTENT_LABELS,
  INTENTS,
  type SentimentLabel,
  type Urgency,
} from '@bedside/domain';
import { Button, Chip, Group, Kbd, Popover, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { SENTIMENT_COLORS, URGENCY_COLORS } from '../../../app/theme';
import { SENTIMENT_LABELS_TEXT, URGENCY_LABELS } from '../../../ui/labels';
import { useShortcutHandlers } from '../../shortcuts/hooks/useShortcutHandlers';
import { formatKey, getShortcut } from '../../shortcuts/shortcut-registry';
import { useCorrectTriage } from '../hooks/useCorrectTriage';
import {
  changedLabels,
  hasChanges,
  sortIntents,
  type TriageLabels,
} from '../utils/triage-corrections';

const SENTIMENT_OPTIONS = (['negative', 'neutral', 'positive'] as const).map((value) => ({
  value,
  label: SENTIMENT_LABELS_TEXT[value],
}));

const URGENCY_OPTIONS = (['critical', 'high', 'normal', 'low'] as const).map((value) => ({
  value,
  label: URGENCY_LABELS[value],
}));

export interface CorrectTriagePopoverProps {
  commentId: string;
  /** The labels shown now (the model's, or an earlier correction). */
  current: TriageLabels;
}

/**
 * "Correct labels" (or `l`): a popover where a team member sets the right sentiment, intents and
 * urgency. Only the labels that changed are sent; the badges update from the answer.
 */
export function CorrectTriagePopover({ commentId, current }: CorrectTriagePopoverProps) {
  const [opened, setOpened] = useState(false);
  const shortcut = getShortcut('correctLabels');
  useShortcutHandlers({ correctLabels: () => setOpened(true) });

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      width={400}
      shadow="md"
      radius="md"
      withArrow
      trapFocus
      returnFocus
      closeOnEscape
    >
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          color="slate"
          leftSection={<IconPencil size={13} aria-hidden />}
          rightSection={
            <Kbd size="xs" aria-hidden>
              {formatKey(shortcut.key)}
            </Kbd>
          }
          aria-keyshortcuts={shortcut.key}
          onClick={() => setOpened((isOpen) => !isOpen)}
        >
          Correct labels
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="md">
        {opened ? (
          <CorrectionForm commentId={commentId} current={current} onDone={() => setOpened(false)} />
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}

interface CorrectionFormProps {
  commentId: string;
  current: TriageLabels;
  onDone: () => void;
}

/** Mounted afresh on each opening, so it always starts from the labels shown now. */
function CorrectionForm({ commentId, current, onDone }: CorrectionFormProps) {
  const [sentiment, setSentiment] = useState<SentimentLabel | null>(current.sentiment);
  const [intents, setIntents] = useState<Intent[]>(sortIntents(current.intents));
  const [urgency, setUrgency] = useState<Urgency | null>(current.urgency);
  const { correctTriage, isSaving, error } = useCorrectTriage();
  const ids = { title: useId(), sentiment: useId(), intents: useId(), urgency: useId() };

  const changes = changedLabels(current, { sentiment, intents, urgency });
  const canSave = hasChanges(changes) && !isSaving;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!canSave) {
      return;
    }
    if (await correctTriage({ commentId, ...changes })) {
      onDone();
    }
  }

  return (
    <form aria-labelledby={ids.title} onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <div>
          <Text id={ids.title} fw={600} size="sm">
            Correct the triage labels
          </Text>
          <Text size="xs" c="dimmed">
            Your labels replace the model’s and are saved with your name.
          </Text>
        </div>

        <Stack gap={6}>
          <Text id={ids.sentiment} size="xs" fw={600} c="slate.7">
            Sentiment
          </Text>
          <SegmentedControl
            aria-labelledby={ids.sentiment}
            size="xs"
            fullWidth
            data={SENTIMENT_OPTIONS}
            value={sentiment ?? ''}
            color={sentiment ? SENTIMENT_COLORS[sentiment] : undefined}
            onChange={(value) => setSentiment(value as SentimentLabel)}
            disabled={isSaving}
          />
        </Stack>

        <Stack gap={6}>
          <Text id={ids.intents} size="xs" fw={600} c="slate.7">
            Intents{' '}
            <Text span size="xs" fw={400} c="dimmed">
              (pick all that apply, or none)
            </Text>
          </Text>
          <Chip.Group
            multiple
            value={intents}
            onChange={(values) => setIntents(sortIntents(values))}
          >
            <Group gap={6} role="group" aria-labelledby={ids.intents}>
              {INTENTS.map((intent) => (
                <Chip key={intent} value={intent} size="xs" radius="sm" disabled={isSaving}>
                  {INTENT_LABELS[intent]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>

        <Stack gap={6}>
          <Text id={ids.urgency} size="xs" fw={600} c="slate.7">
            Urgency
          </Text>
          <SegmentedControl
            aria-labelledby={ids.urgency}
            size="xs"
            fullWidth
            data={URGENCY_OPTIONS}
            value={urgency ?? ''}
            color={urgency ? URGENCY_COLORS[urgency] : undefined}
            onChange={(value) => setUrgency(value as Urgency)}
            disabled={isSaving}
          />
        </Stack>

        {error ? (
          <Text size="sm" c="red" role="alert">
            The labels were not saved: {describeError(error).message}
          </Text>
        ) : null}

        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Esc</Kbd> to cancel
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onDone} disabled={isSaving}>
              Cancel
            </Button>
            <Button size="xs" type="submit" disabled={!hasChanges(changes)} loading={isSaving}>
              Save labels
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
