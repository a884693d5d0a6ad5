import { Box, Group, Loader, Stack, Title } from '@mantine/core';
import { Button } from '@mantine/core';
import { IconFilterOff, IconListSearch } from '@tabler/icons-react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { AuditFilterBar } from '../features/audit/components/AuditFilterBar';
import { AuditTable } from '../features/audit/components/AuditTable';
import { AuditTableFragment } from '../features/audit/components/AuditTable';
import { ChainIntegrityBadge } from '../features/audit/components/ChainIntegrityBadge';
import { ExportCsvButton } from '../features/audit/components/ExportCsvButton';
import { useAuditChainStatus } from '../features/audit/hooks/useAuditChainStatus';
import { useAuditQuery } from '../features/audit/hooks/useAuditQuery';
import { useAuditView } from '../features/audit/hooks/useAuditView';
import { auditExportHref, hasAuditFilters } from '../features/audit/utils/audit-view';
import { getFragmentData } from '../gql';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';

/** `/audit` (managers and admins): the audit trail with filters, CSV export and the chain check. */
export function AuditPage() {
  const { view, updateView, clearFilters } = useAuditView();
  const audit = useAuditQuery(view);
  const chain = useAuditChainStatus();
  const { data } = audit;
  const connection = data ? getFragmentData(AuditTableFragment, data.auditEvents) : null;

  let body;
  if (audit.error && !data) {
    body = (
      <ErrorState
        title="Could not load the audit trail"
        message={describeError(audit.error).message}
        onRetry={() => void audit.refetch()}
      />
    );
  } else if (!data || !connection) {
    body = (
      <Group justify="center" py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Group>
    );
  } else if (connection.edges.length === 0) {
    body = hasAuditFilters(view) ? (
      <EmptyState
        icon={<IconFilterOff size={26} />}
        title="No events match these filters"
        description="Widen the date range or clear a filter."
      >
        <Button variant="light" onClick={clearFilters}>
          Clear filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconListSearch size={26} />}
        title="Nothing recorded yet"
        description="Sign-ins, status changes, exports and account changes appear here."
      />
    );
  } else {
    body = (
      <Box style={{ opacity: audit.isStale ? 0.6 : 1 }}>
        <AuditTable
          connection={data.auditEvents}
          isLoadingMore={audit.isLoadingMore}
          onLoadMore={audit.loadMore}
        />
      </Box>
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
        <Group justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Title order={1} size="h3">
              Audit trail
            </Title>
            <ChainIntegrityBadge
              status={chain.status}
              isChecking={chain.isChecking}
              hasFailed={Boolean(chain.error)}
              onCheckAgain={chain.checkAgain}
            />
          </Group>
          <ExportCsvButton href={auditExportHref(view)} />
        </Group>
        <AuditFilterBar
          view={view}
          actions={data?.auditActions ?? []}
          actors={data?.auditActors ?? []}
          onChange={updateView}
          onClear={clearFilters}
        />
      </Stack>
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }} bg={SURFACE.page}>
        {body}
      </Box>
    </Stack>
  );
}
