import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { Link } from 'react-router';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { CaseStatusBadge } from './CaseStatusBadge';
import { SlaCountdown } from './SlaCountdown';

export const CommentCasesFragment = graphql(`
  fragment CommentCases_comment on Comment {
    id
    cases {
      id
      reference
      title
      status
      dueAt
      resolvedAt
    }
  }
`);

export interface CommentCasesProps {
  comment: FragmentType<typeof CommentCasesFragment>;
}

/** The cases this comment was escalated to, each a link to the case with its deadline. */
export function CommentCases({ comment: commentRef }: CommentCasesProps) {
  const { cases } = getFragmentData(CommentCasesFragment, commentRef);
  if (cases.length === 0) {
    return null;
  }
  return (
    <Stack gap={6} component="section" aria-label="Cases">
      <Group gap={6}>
        <IconBriefcase size={15} aria-hidden />
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {cases.length === 1 ? 'Case' : 'Cases'}
        </Text>
      </Group>
      {cases.map((item) => (
        <Group
          key={item.id}
          gap="sm"
          wrap="nowrap"
          justify="space-between"
          px="sm"
          py={6}
          style={{ border: `1px solid ${SURFACE.border}`, borderRadius: 8 }}
        >
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Anchor component={Link} to={`/cases/${item.id}`} size="sm" fw={600}>
              {item.reference}
            </Anchor>
            <Text size="sm" truncate="end">
              {item.title}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <CaseStatusBadge status={item.status} />
            <SlaCountdown
              dueAt={item.dueAt}
              doneAt={item.status === 'RESOLVED' ? item.resolvedAt : null}
              size="xs"
            />
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
