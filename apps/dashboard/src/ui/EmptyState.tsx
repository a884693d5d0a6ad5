import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  /** Buttons or hints under the description. */
  children?: ReactNode;
  color?: string;
}

/** A friendly explanation of why there is nothing to show, and what to do about it. */
export function EmptyState({ icon, title, description, children, color }: EmptyStateProps) {
  return (
    <MantineEmptyState
      icon={icon}
      title={title}
      description={description}
      variant="light"
      color={color}
      py="xl"
      px="md"
      maw={460}
      mx="auto"
    >
      {children ? <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
