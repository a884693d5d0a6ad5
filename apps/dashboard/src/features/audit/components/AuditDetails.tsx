import { Group, Text } from '@mantine/core';

export interface AuditDetailsProps {
  details: ReadonlyArray<{ key: string; value: string }>;
}

/** An event's details as key/value text; rendered as text only, never as markup. */
export function AuditDetails({ details }: AuditDetailsProps) {
  if (details.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group component="dl" gap={4} m={0} style={{ rowGap: 2 }}>
      {details.map(({ key, value }) => (
        <Group key={key} gap={4} wrap="nowrap" maw="100%">
          <Text component="dt" size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {key}:
          </Text>
          <Text component="dd" size="xs" m={0} mr="sm" truncate="end" title={value}>
            {value}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
