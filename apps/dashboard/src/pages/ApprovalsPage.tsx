import { useQuery } from '@apollo/client/react';
import { Badge, Group, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { ApprovalCard } from '../features/replies/components/ApprovalCard';
import { ReplyApprovalsQuery } from '../features/replies/graphql/reply-approvals.query';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';

/** `/approvals`: replies awaiting a reviewer, oldest first, each with its comment and findings. */
export function ApprovalsPage() {
  const { data, error, loading, refetch } = useQuery(ReplyApprovalsQuery, {
    fetchPolicy: 'cache-and-network',
    pollInterval: 30_000,
  });
  const items = data?.replyApprovals ?? null;

  let body;
  if (error && !items) {
    body = (
      <ErrorState
        title="Could not load the approvals queue"
        message={describeError(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!items) {
    body = (
      <Stack gap="md" aria-label="Loading approvals">
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} h={180} radius="md" />
        ))}
      </Stack>
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState
        icon={<IconChecklist size={26} />}
        title="Nothing to approve"
        description="Replies that need a reviewer appear here as soon as someone submits one."
      />
    );
  } else {
    body = (
      <Stack gap="md">
        {items.map((item) => (
          <ApprovalCard key={item.id} item={item} onDecided={() => void refetch()} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      <Group
        px="lg"
        py="md"
        bg={SURFACE.panel}
        justify="space-between"
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Group gap="sm">
          <Title order={1} size="h3">
            Approvals
          </Title>
          {items ? (
            <Badge variant="light" size="lg" aria-label={`${items.length} awaiting approval`}>
              {items.length}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {loading && items ? 'Refreshing…' : 'Oldest submission first'}
        </Text>
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack maw={880} mx="auto" p="lg">
          {body}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
