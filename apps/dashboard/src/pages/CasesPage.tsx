import { Box, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconClockHour4, IconFilterOff } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { CasesFilterBar } from '../features/cases/components/CasesFilterBar';
import { CasesListSkeleton } from '../features/cases/components/CasesListSkeleton';
import { CasesTable } from '../features/cases/components/CasesTable';
import { SlaPoliciesModal } from '../features/cases/components/SlaPoliciesModal';
import { useCasesQuery } from '../features/cases/hooks/useCasesQuery';
import { useCasesView } from '../features/cases/hooks/useCasesView';
import { hasCaseFilters } from '../features/cases/utils/cases-view';
import { useViewer, useViewerCan } from '../features/session/ViewerContext';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';

/** `/cases`: escalation cases with filters, live SLA countdowns and breached cases in red. */
export function CasesPage() {
  const viewer = useViewer();
  const canEditPolicies = useViewerCan('manager');
  const { view, updateView, clearFilters } = useCasesView();
  const cases = useCasesQuery(view, viewer.id);
  const navigate = useNavigate();
  const [policiesOpen, setPoliciesOpen] = useState(false);
  const openCase = useCallback((id: string) => void navigate(`/cases/${id}`), [navigate]);

  const { connection } = cases;
  let body;
  if (cases.error && !connection) {
    body = (
      <ErrorState
        title="Could not load the cases"
        message={describeError(cases.error).message}
        onRetry={() => void cases.refetch()}
      />
    );
  } else if (!connection) {
    body = <CasesListSkeleton />;
  } else if (connection.edges.length === 0) {
    body = hasCaseFilters(view) ? (
      <EmptyState
        icon={<IconFilterOff size={26} />}
        title="No cases match"
        description="Try fewer filters, or another status."
        color="slate"
      >
        <Button variant="light" onClick={clearFilters}>
          Clear filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconBriefcase size={26} />}
        title={view.status === 'active' ? 'No open cases' : 'No cases here'}
        description="Open a comment in the inbox and press Escalate (e) to hand it to a team as a case."
      />
    );
  } else {
    body = (
      <CasesTable
        rows={connection.edges}
        hasNextPage={connection.pageInfo.hasNextPage}
        isLoadingMore={cases.isLoadingMore}
        onLoadMore={cases.loadMore}
        onOpen={openCase}
      />
    );
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      <Stack
        gap="md"
        px="lg"
        pt="md"
        pb="md"
        bg={SURFACE.panel}
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Group justify="space-between" align="center">
          <Group gap="sm" align="baseline">
            <Title order={1} size="h3">
              Cases
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite">
              {connection ? `${connection.totalCount.toLocaleString('en')} cases` : 'Loading…'}
            </Text>
            {cases.isLoading && connection ? <Loader size={12} aria-label="Loading" /> : null}
          </Group>
          <Button
            variant="default"
            leftSection={<IconClockHour4 size={16} aria-hidden />}
            onClick={() => setPoliciesOpen(true)}
          >
            SLA policies
          </Button>
        </Group>
        <CasesFilterBar view={view} onChange={updateView} onClear={clearFilters} />
      </Stack>
      <Box
        style={{ flex: 1, minHeight: 0, overflow: 'auto', opacity: cases.isStale ? 0.6 : 1 }}
        bg={SURFACE.panel}
      >
        {body}
      </Box>
      <SlaPoliciesModal
        opened={policiesOpen}
        onClose={() => setPoliciesOpen(false)}
        canEdit={canEditPolicies}
      />
    </Stack>
  );
}
