import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

import { EmptyState } from '../ui/EmptyState';

/** Any path the dashboard does not know. */
export function NotFoundPage() {
  return (
    <EmptyState
      icon={<IconMapOff size={26} />}
      title="This page does not exist"
      description="The link may be old or mistyped."
      color="slate"
    >
      <Button component={Link} to="/inbox" variant="light">
        Go to the inbox
      </Button>
    </EmptyState>
  );
}
