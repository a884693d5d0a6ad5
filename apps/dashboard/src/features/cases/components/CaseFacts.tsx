import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatExactTime } from '../../../ui/format-time';
import { TimeAgo } from '../../../ui/TimeAgo';

export const CaseFactsFragment = graphql(`
  fragment CaseFacts_case on Case {
    id
    status
    createdAt
    createdByName
    updatedAt
    dueAt
    resolvedAt
    resolutionNote
  }
`);

export interface CaseFactsProps {
  case: FragmentType<typeof CaseFactsFragment>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** When the case was opened, by whom, its deadline and how it was resolved. */
export function CaseFacts({ case: caseRef }: CaseFactsProps) {
  const item = getFragmentData(CaseFactsFragment, caseRef);
  return (
    <Stack gap="sm" component="dl" m={0} aria-label="Facts">
      <Fact term="Opened">
        <TimeAgo value={item.createdAt} size="sm" c="inherit" />
        {item.createdByName ? ` by ${item.createdByName}` : ''}
      </Fact>
      <Fact term="Deadline">{item.dueAt ? formatExactTime(item.dueAt) : 'No deadline'}</Fact>
      {item.status === 'RESOLVED' && item.resolvedAt ? (
        <Fact term="Resolved">
          <TimeAgo value={item.resolvedAt} size="sm" c="inherit" />
        </Fact>
      ) : null}
      {item.resolutionNote ? (
        <Fact term="Resolution note">
          <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.resolutionNote}
          </Text>
        </Fact>
      ) : null}
      <Fact term="Last change">
        <TimeAgo value={item.updatedAt} size="sm" c="inherit" />
      </Fact>
    </Stack>
  );
}
