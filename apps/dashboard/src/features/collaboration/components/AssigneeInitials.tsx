import { Box, VisuallyHidden } from '@mantine/core';

import { AuthorAvatar } from '../../../ui/AuthorAvatar';

export interface AssigneeInitialsProps {
  displayName: string;
}

/**
 * The assignee's initials on an inbox row; the full name for screen readers and on hover. A plain
 * `title` rather than a tooltip component: a long list renders thousands of rows.
 */
export function AssigneeInitials({ displayName }: AssigneeInitialsProps) {
  return (
    <Box
      title={`Assigned to ${displayName}`}
      data-testid="row-assignee"
      style={{ display: 'inline-flex', flexShrink: 0 }}
    >
      <AuthorAvatar name={displayName} size={20} />
      <VisuallyHidden>Assigned to {displayName}</VisuallyHidden>
    </Box>
  );
}
