import { Button } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

import { EmptyState } from './EmptyState';

export interface ErrorStateProps {
  title?: string;
  /** A message safe to show: from the error code, never the raw server text. */
  message: string;
  onRetry?: () => void;
}

/** Something failed to load: say so plainly and offer to try again. */
export function ErrorState({ title = 'Could not load this', message, onRetry }: ErrorStateProps) {
  return (
    <div role="alert">
      <EmptyState
        icon={<IconAlertTriangle size={26} />}
        title={title}
        description={message}
        color="red"
      >
        {onRetry ? (
          <Button
            variant="light"
            color="red"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={onRetry}
          >
            Try again
          </Button>
        ) : null}
      </EmptyState>
    </div>
  );
}
