import { CASE_CATEGORY_LABELS, CASE_TEAM_LABELS } from '@bedside/domain';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';

import { BREACHED_ROW, SLA_COLORS } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { toDomainValue } from '../../../ui/vocabulary';
import { useTicker } from '../hooks/useTicker';
import { describeSla } from '../utils/sla-display';
import { CasePriorityBadge } from './CasePriorityBadge';
import { CaseStatusBadge } from './CaseStatusBadge';
import { SlaText } from './SlaText';

export const CaseRowFragment = graphql(`
  fragment CaseRow_case on Case {
    id
    reference
    title
    category
    priority
    team
    status
    assigneeName
    dueAt
    resolvedAt
  }
`);

export interface CaseRowProps {
  case: FragmentType<typeof CaseRowFragment>;
  onOpen: (caseId: string) => void;
}

/**
 * One case in the list. The SLA counts down every second and a row turns red the moment its
 * deadline passes, without waiting for the next fetch.
 */
export const CaseRow = memo(function CaseRow({ case: caseRef, onOpen }: CaseRowProps) {
  const item = getFragmentData(CaseRowFragment, caseRef);
  const now = useTicker();
  const sla = describeSla({
    now,
    dueAt: item.dueAt,
    doneAt: item.status === 'RESOLVED' ? item.resolvedAt : null,
  });
  const isBreached = sla.state === 'breached';
  return (
    <Table.Tr
      data-case-id={item.id}
      data-breached={isBreached || undefined}
      onClick={() => onOpen(item.id)}
      style={{
        cursor: 'pointer',
        background: isBreached ? BREACHED_ROW : undefined,
        boxShadow: isBreached
          ? `inset 3px 0 0 var(--mantine-color-${SLA_COLORS.breached}-6)`
          : undefined,
      }}
    >
      <Table.Td>
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={`/cases/${item.id}`}
            fw={700}
            size="sm"
            onClick={(event) => event.stopPropagation()}
          >
            {item.reference}
          </Anchor>
          <Text size="sm" lineClamp={1} title={item.title}>
            {item.title}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{CASE_CATEGORY_LABELS[toDomainValue(item.category)]}</Text>
      </Table.Td>
      <Table.Td>
        <CasePriorityBadge priority={item.priority} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{CASE_TEAM_LABELS[toDomainValue(item.team)]}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={item.assigneeName ? undefined : 'dimmed'}>
          {item.assigneeName ?? 'Unassigned'}
        </Text>
      </Table.Td>
      <Table.Td>
        <CaseStatusBadge status={item.status} />
      </Table.Td>
      <Table.Td>
        <SlaText sla={sla} dueAt={item.dueAt} />
      </Table.Td>
    </Table.Tr>
  );
});
