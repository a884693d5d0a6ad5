import { Box, SimpleGrid, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { formatExactTime } from '../../../ui/format-time';

export const CommentFactsFragment = graphql(`
  fragment CommentFacts_comment on Comment {
    id
    createdAt
    receivedAt
    editedAt
    deletedAt
    statusChangedAt
    revision
  }
`);

export interface CommentFactsProps {
  comment: FragmentType<typeof CommentFactsFragment>;
}

/** When the comment was written, received, edited and last moved, for the record. */
export function CommentFacts({ comment: commentRef }: CommentFactsProps) {
  const comment = getFragmentData(CommentFactsFragment, commentRef);
  const facts: Array<[label: string, value: string]> = [
    ['Written', formatExactTime(comment.createdAt)],
    ['Received by Bedside', formatExactTime(comment.receivedAt)],
    [
      'Status changed',
      comment.statusChangedAt ? formatExactTime(comment.statusChangedAt) : 'Not yet',
    ],
  ];
  if (comment.editedAt) {
    facts.push(['Edited', `${formatExactTime(comment.editedAt)} (revision ${comment.revision})`]);
  }
  if (comment.deletedAt) {
    facts.push(['Deleted on the platform', formatExactTime(comment.deletedAt)]);
  }
  return (
    <Box component="section" aria-label="Details">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6}>
        Details
      </Text>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} component="dl" m={0}>
        {facts.map(([label, value]) => (
          <Box key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </Box>
        ))}
      </SimpleGrid>
    </Box>
  );
}
