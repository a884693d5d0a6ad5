import { Group, Text, type TextProps } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconCircleCheck, IconClockOff } from '@tabler/icons-react';

import { SLA_COLORS } from '../../../app/theme';
import { formatExactTime } from '../../../ui/format-time';
import { type SlaDisplay } from '../utils/sla-display';

const ICONS = {
  none: IconClockOff,
  on_track: IconAlarm,
  due_soon: IconAlarm,
  breached: IconAlertTriangle,
  met: IconCircleCheck,
} as const;

export interface SlaTextProps {
  sla: SlaDisplay;
  dueAt: string | null;
  size?: TextProps['size'];
  /** What the deadline is for, read before the state: "First response". */
  label?: string;
}

/** An SLA in words with its colour and icon; the exact deadline shows as a title. */
export function SlaText({ sla, dueAt, size = 'sm', label }: SlaTextProps) {
  const Glyph = ICONS[sla.state];
  return (
    <Group
      gap={4}
      wrap="nowrap"
      c={SLA_COLORS[sla.state]}
      title={dueAt ? `Deadline: ${formatExactTime(dueAt)}` : undefined}
      data-sla-state={sla.state}
    >
      <Glyph size={15} aria-hidden style={{ flexShrink: 0 }} />
      {label ? (
        <Text size={size} c="dimmed" span>
          {label}:
        </Text>
      ) : null}
      <Text size={size} fw={sla.state === 'breached' ? 700 : 500} span>
        {sla.label}
      </Text>
    </Group>
  );
}
