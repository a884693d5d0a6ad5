import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ModerationSectionProps {
  title: string;
  description: string;
  children: ReactNode;
}

/** One titled part of the moderation page, a landmark screen readers can jump to. */
export function ModerationSection({ title, description, children }: ModerationSectionProps) {
  return (
    <Paper component="section" withBorder p="md" aria-label={title}>
      <Title order={2} size="h5">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {children}
    </Paper>
  );
}
