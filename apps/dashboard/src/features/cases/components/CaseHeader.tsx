import { CASE_CATEGORY_LABELS, CASE_TEAM_LABELS } from '@bedside/domain';
import { Anchor, Box, Group, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { toDomainValue } from '../../../ui/vocabulary';
import { CasePriorityBadge } from './CasePriorityBadge';
import { CaseStatusBadge } from './CaseStatusBadge';
import { SlaCountdown } from './SlaCountdown';

export const CaseHeaderFragment = graphql(`
  fragment CaseHeader_case on Case {
    id
    reference
    title
    status
    priority
    category
    team
    dueAt
    resolvedAt
  }
`);

export interface CaseHeaderProps {
  case: FragmentType<typeof CaseHeaderFragment>;
}

/** Number, title, status, priority and the live deadline of a case. */
export function CaseHeader({ case: caseRef }: CaseHeaderProps) {
  const item = getFragmentData(CaseHeaderFragment, caseRef);
  return (
    <Box
      px="lg"
      pt="sm"
      pb="md"
      bg={SURFACE.panel}
      style={{ borderBottom: `1px solid ${SURFACE.border}` }}
    >
      <Anchor component={Link} to="/cases" size="sm" c="dimmed">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} aria-hidden />
          All cases
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" mt={6} wrap="nowrap" gap="lg">
        <Box miw={0}>
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} c="dimmed" size="lg">
              {item.reference}
            </Text>
            <Title order={1} size="h3" lineClamp={1}>
              {item.title}
            </Title>
          </Group>
          <Group gap="xs" mt={6}>
            <CaseStatusBadge status={item.status} />
            <CasePriorityBadge priority={item.priority} />
            <Text size="sm" c="dimmed">
              {CASE_CATEGORY_LABELS[toDomainValue(item.category)]} ·{' '}
              {CASE_TEAM_LABELS[toDomainValue(item.team)]}
            </Text>
          </Group>
        </Box>
        <Box style={{ flexShrink: 0 }}>
          <SlaCountdown
            dueAt={item.dueAt}
            doneAt={item.status === 'RESOLVED' ? item.resolvedAt : null}
            size="md"
          />
        </Box>
      </Group>
    </Box>
  );
}
