import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { ReportChannel } from '../utils/inbox-links';
import { formatCount } from '../utils/report-format';

export const TopPostsTableFragment = graphql(`
  fragment TopPostsTable_report on Report {
    topPosts {
      postId
      channelId
      url
      excerpt
      comments
      negative
    }
  }
`);

export interface TopPostsTableProps {
  report: FragmentType<typeof TopPostsTableFragment>;
  channels: readonly ReportChannel[];
  /** The report of one post: the current report's link with `post` set. */
  postReportHref: (postId: string) => string;
}

/** The posts people commented on most, with a link to each post and to its own report. */
export function TopPostsTable({ report: reportRef, channels, postReportHref }: TopPostsTableProps) {
  const { topPosts } = getFragmentData(TopPostsTableFragment, reportRef);
  if (topPosts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No post drew comments in this period.
      </Text>
    );
  }
  return (
    <Table aria-label="Top posts" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Post</Table.Th>
          <Table.Th>Channel</Table.Th>
          <Table.Th ta="right">Comments</Table.Th>
          <Table.Th ta="right">Negative</Table.Th>
          <Table.Th>Report</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {topPosts.map((post) => {
          const excerpt = post.excerpt?.trim() || 'Untitled post';
          return (
            <Table.Tr key={post.postId}>
              <Table.Td maw={360}>
                {post.url ? (
                  <Anchor
                    href={post.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                    lineClamp={2}
                  >
                    {excerpt}
                    <VisuallyHidden> (opens the post)</VisuallyHidden>
                  </Anchor>
                ) : (
                  <Text size="sm" lineClamp={2}>
                    {excerpt}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {channels.find((channel) => channel.id === post.channelId)?.displayName ??
                  'Unknown channel'}
              </Table.Td>
              <Table.Td ta="right">{formatCount(post.comments)}</Table.Td>
              <Table.Td ta="right">{formatCount(post.negative)}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={postReportHref(post.postId)}
                  size="sm"
                  aria-label={`Report on this post: ${excerpt}`}
                >
                  Report on this post
                </Anchor>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
