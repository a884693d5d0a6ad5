import { type TextProps } from '@mantine/core';

import { useTicker } from '../hooks/useTicker';
import { describeSla } from '../utils/sla-display';
import { SlaText } from './SlaText';

export interface SlaCountdownProps {
  /** ISO deadline; null when the policy sets none. */
  dueAt: string | null;
  /** When the clock stopped (the case was resolved); null while it runs. */
  doneAt: string | null;
  size?: TextProps['size'];
}

/** "Due in 12 min", ticking each second; red "Breached 5 min ago" once the deadline passed. */
export function SlaCountdown({ dueAt, doneAt, size = 'sm' }: SlaCountdownProps) {
  const now = useTicker();
  return <SlaText sla={describeSla({ now, dueAt, doneAt })} dueAt={dueAt} size={size} />;
}
