import { CASE_STATUS_LABELS, nextCaseStatuses } from '@bedside/domain';
import { Button, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { CaseStatus } from '../../../gql/graphql';
import { toDomainValue, toGraphqlValue } from '../../../ui/vocabulary';
import { useChangeCaseStatus } from '../hooks/useChangeCaseStatus';
import { ResolveCaseModal } from './ResolveCaseModal';

export const CaseStatusActionsFragment = graphql(`
  fragment CaseStatusActions_case on Case {
    id
    reference
    status
  }
`);

const ACTIONS: Record<CaseStatus, { label: string; icon: typeof IconPlayerPlay }> = {
  IN_PROGRESS: { label: 'Start work', icon: IconPlayerPlay },
  RESOLVED: { label: 'Resolve', icon: IconCircleCheck },
  REOPENED: { label: 'Reopen', icon: IconArrowBackUp },
  OPEN: { label: 'Open', icon: IconPlayerPlay },
};

export interface CaseStatusActionsProps {
  case: FragmentType<typeof CaseStatusActionsFragment>;
}

/** The moves the case's status allows now: Start, Resolve (asks for a note) or Reopen. */
export function CaseStatusActions({ case: caseRef }: CaseStatusActionsProps) {
  const item = getFragmentData(CaseStatusActionsFragment, caseRef);
  const [resolving, setResolving] = useState(false);
  const { changeStatus, isSaving, error } = useChangeCaseStatus();
  const next = nextCaseStatuses(toDomainValue(item.status)).map(toGraphqlValue);

  return (
    <Stack gap="xs" role="group" aria-label="Case status">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        Status: {CASE_STATUS_LABELS[toDomainValue(item.status)]}
      </Text>
      {next.map((status) => {
        const { label, icon: Glyph } = ACTIONS[status];
        return (
          <Button
            key={status}
            fullWidth
            variant={status === 'RESOLVED' ? 'filled' : 'default'}
            leftSection={<Glyph size={16} aria-hidden />}
            loading={isSaving && !resolving}
            onClick={() =>
              status === 'RESOLVED'
                ? setResolving(true)
                : void changeStatus({ id: item.id, status })
            }
          >
            {label}
          </Button>
        );
      })}
      {error && !resolving ? (
        <Text size="sm" c="red" role="alert">
          The status did not change: {describeError(error).message}
        </Text>
      ) : null}
      {resolving ? (
        <ResolveCaseModal
          caseId={item.id}
          reference={item.reference}
          onClose={() => setResolving(false)}
        />
      ) : null}
    </Stack>
  );
}
