import { type ViolationCode } from '@bedside/compliance';
import { Badge, Group, List, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHandStop } from '@tabler/icons-react';

import { VIOLATION_LABELS } from '../utils/violation-labels';

export interface ListedViolation {
  code: ViolationCode;
  severity: 'block' | 'warn';
  message: string;
  start: number;
  end: number;
}

export interface ViolationListProps {
  id?: string;
  violations: readonly ListedViolation[];
  /** Selects the offending words in the editor. */
  onSelect?: (violation: ListedViolation) => void;
}

/** The checker's findings in words, blocking ones first; or a green "passes" line. */
export function ViolationList({ id, violations, onSelect }: ViolationListProps) {
  if (violations.length === 0) {
    return (
      <Group id={id} gap={6} aria-live="polite">
        <ThemeIcon size="sm" color="teal" variant="light" radius="xl">
          <IconCircleCheck size={14} aria-hidden />
        </ThemeIcon>
        <Text size="sm" c="teal.8">
          Passes the compliance check.
        </Text>
      </Group>
    );
  }
  const sorted = [...violations].sort(
    (a, b) => Number(a.severity === 'warn') - Number(b.severity === 'warn') || a.start - b.start,
  );
  return (
    <List
      id={id}
      spacing={6}
      size="sm"
      listStyleType="none"
      aria-live="polite"
      aria-label="Compliance findings"
    >
      {sorted.map((violation, index) => {
        const blocking = violation.severity === 'block';
        const placed = violation.end > violation.start;
        const body = (
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size="sm"
              radius="xl"
              variant="light"
              color={blocking ? 'red' : 'yellow'}
              mt={2}
            >
              {blocking ? (
                <IconHandStop size={13} aria-hidden />
              ) : (
                <IconAlertTriangle size={13} aria-hidden />
              )}
            </ThemeIcon>
            <div>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {VIOLATION_LABELS[violation.code] ?? violation.code}
                </Text>
                <Badge size="xs" variant="light" color={blocking ? 'red' : 'yellow'}>
                  {blocking ? 'Blocks sending' : 'Warning'}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {violation.message}
              </Text>
            </div>
          </Group>
        );
        return (
          <List.Item
            key={`${violation.code}-${violation.start}-${index}`}
            data-violation-code={violation.code}
          >
            {placed && onSelect ? (
              <UnstyledButton onClick={() => onSelect(violation)}>{body}</UnstyledButton>
            ) : (
              body
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
