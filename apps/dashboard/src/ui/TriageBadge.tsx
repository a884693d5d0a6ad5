import { type Intent, INTENT_LABELS, type SentimentLabel, type Urgency } from '@bedside/domain';
import { Badge, type BadgeProps, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconShieldLock } from '@tabler/icons-react';

import {
  INTENT_COLOR_ATTENTION,
  INTENT_COLOR_CRISIS,
  INTENT_COLOR_DEFAULT,
  PHI_COLOR,
  SENTIMENT_COLORS,
  URGENCY_COLORS,
} from '../app/theme';
import { SENTIMENT_LABELS_TEXT, URGENCY_LABELS } from './labels';

const CRISIS_INTENTS: ReadonlySet<Intent> = new Set(['emergency', 'self_harm']);
const ATTENTION_INTENTS: ReadonlySet<Intent> = new Set([
  'medical_advice_request',
  'complaint',
  'misinformation',
  'abuse',
]);

/** What a badge shows: one triage label, in the domain's lower_snake spelling. */
export type TriageLabel =
  | { kind: 'urgency'; value: Urgency }
  | { kind: 'sentiment'; value: SentimentLabel }
  | { kind: 'intent'; value: Intent; confidence?: number }
  | { kind: 'phi'; types?: readonly string[] };

export type TriageBadgeProps = TriageLabel & {
  /** The words and patterns that drove the label, listed in the tooltip. */
  cues?: readonly string[];
  size?: BadgeProps['size'];
  /**
   * Focusable with a tooltip (the detail pane). List rows turn it off: an option of a listbox
   * must not hold focusable content, and thousands of tooltips would cost for nothing.
   */
  interactive?: boolean;
  /** Set when a person corrected the label: the badge shows a pencil and says who. */
  correction?: { by: string };
};

function describe(label: TriageLabel): { text: string; color: string; title: string } {
  switch (label.kind) {
    case 'urgency':
      return {
        text: URGENCY_LABELS[label.value],
        color: URGENCY_COLORS[label.value],
        title: `${URGENCY_LABELS[label.value]} urgency`,
      };
    case 'sentiment':
      return {
        text: SENTIMENT_LABELS_TEXT[label.value],
        color: SENTIMENT_COLORS[label.value],
        title: `${SENTIMENT_LABELS_TEXT[label.value]} sentiment`,
      };
    case 'intent': {
      const color = CRISIS_INTENTS.has(label.value)
        ? INTENT_COLOR_CRISIS
        : ATTENTION_INTENTS.has(label.value)
          ? INTENT_COLOR_ATTENTION
          : INTENT_COLOR_DEFAULT;
      const confidence =
        label.confidence === undefined ? '' : ` (${Math.round(label.confidence * 100)}% sure)`;
      return {
        text: INTENT_LABELS[label.value],
        color,
        title: `Intent: ${INTENT_LABELS[label.value]}${confidence}`,
      };
    }
    case 'phi':
      return {
        text: 'PHI',
        color: PHI_COLOR,
        title:
          label.types && label.types.length > 0
            ? `Contains protected health information: ${label.types.join(', ')}`
            : 'Contains protected health information',
      };
  }
}

/** One triage label as a small badge; the tooltip says what it means and why it was given. */
export function TriageBadge({
  cues,
  size = 'sm',
  interactive = true,
  correction,
  ...label
}: TriageBadgeProps) {
  const { text, color, title } = describe(label);
  const accessibleName = correction ? `${title}, corrected by ${correction.by}` : title;
  const leftSection =
    label.kind === 'phi' ? (
      <IconShieldLock size={12} aria-hidden />
    ) : correction ? (
      <IconPencil size={11} stroke={2.25} aria-hidden data-testid="corrected-marker" />
    ) : undefined;
  const isUrgent =
    label.kind === 'urgency' && (label.value === 'critical' || label.value === 'high');
  const badge = (
    <Badge
      size={size}
      color={color}
      variant={isUrgent ? 'filled' : 'light'}
      leftSection={leftSection}
      tt="none"
      fw={600}
      aria-label={accessibleName}
      data-corrected={correction ? true : undefined}
      tabIndex={interactive ? 0 : undefined}
      style={{ flexShrink: 0 }}
    >
      {text}
    </Badge>
  );
  if (!interactive) {
    return badge;
  }
  return (
    <Tooltip
      label={
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {title}
          </Text>
          {correction ? (
            <Text size="xs">Corrected by {correction.by}, not the triage model</Text>
          ) : null}
          {!correction && cues && cues.length > 0 ? (
            <Text size="xs">Cues: {cues.map((cue) => `“${cue}”`).join(', ')}</Text>
          ) : null}
        </Stack>
      }
    >
      {badge}
    </Tooltip>
  );
}
