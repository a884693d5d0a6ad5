import { Anchor, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight, IconPencil } from '@tabler/icons-react';
import { useId, useState } from 'react';

import { TimeAgo } from '../../../ui/TimeAgo';
import {
  CORRECTABLE_FIELD_LABELS,
  correctorName,
  describeLabelValues,
  isCorrectableField,
} from '../utils/triage-corrections';

export interface TriageCorrectionItem {
  id: string;
  field: string;
  previous: readonly string[];
  corrected: readonly string[];
  correctedBy?: string | null;
  correctedAt: string;
}

export interface TriageCorrectionsNoteProps {
  /** Oldest first, as the API lists them. */
  corrections: readonly TriageCorrectionItem[];
}

/**
 * "Labels corrected by Sam Rivera · 2 minutes ago" under the badges, and on request every
 * correction: which label, from what to what, who and when (newest first).
 */
export function TriageCorrectionsNote({ corrections }: TriageCorrectionsNoteProps) {
  const [isExpanded, setExpanded] = useState(false);
  const listId = useId();
  const latest = corrections.at(-1);
  if (!latest) {
    return null;
  }
  const newestFirst = [...corrections].reverse();

  return (
    <Stack gap={4} component="section" aria-label="Label corrections">
      <Group gap={6} wrap="nowrap">
        <IconPencil size={13} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text size="xs" c="dimmed">
          Labels corrected by{' '}
          <Text span size="xs" fw={600} c="slate.7">
            {correctorName(latest.correctedBy)}
          </Text>
          {' · '}
          <TimeAgo value={latest.correctedAt} />
        </Text>
        <Anchor
          component="button"
          type="button"
          size="xs"
          aria-expanded={isExpanded}
          aria-controls={isExpanded ? listId : undefined}
          onClick={() => setExpanded((expanded) => !expanded)}
        >
          {isExpanded ? 'Hide changes' : `Show changes (${corrections.length})`}
        </Anchor>
      </Group>
      {isExpanded ? (
        <List
          id={listId}
          size="xs"
          spacing={4}
          listStyleType="none"
          aria-label="Corrections"
          pl={19}
        >
          {newestFirst.map((correction) => (
            <List.Item key={correction.id}>
              <Group gap={6} wrap="wrap">
                <Text span size="xs" fw={600}>
                  {isCorrectableField(correction.field)
                    ? CORRECTABLE_FIELD_LABELS[correction.field]
                    : correction.field}
                </Text>
                <Text span size="xs" c="dimmed" td="line-through">
                  {describeLabelValues(correction.previous)}
                </Text>
                <IconArrowRight size={12} aria-hidden />
                <VisuallyHidden>to</VisuallyHidden>
                <Text span size="xs">
                  {describeLabelValues(correction.corrected)}
                </Text>
                <Text span size="xs" c="dimmed">
                  · {correctorName(correction.correctedBy)} ·
                </Text>
                <TimeAgo value={correction.correctedAt} />
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
