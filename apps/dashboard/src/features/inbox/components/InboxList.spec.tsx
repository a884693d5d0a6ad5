import { screen, within } from '@testing-library/react';

import type { FragmentType } from '../../../gql';
import { makeFragmentData } from '../../../gql';
import { buildComments } from '../../../testing/fake-data';
import { renderWithTheme } from '../../../testing/render-app';
import { CommentRowFragment } from './CommentRow';
import { InboxList, InboxListFragment } from './InboxList';

function buildConnection(count: number): FragmentType<typeof InboxListFragment> {
  const comments = buildComments(count);
  return makeFragmentData(
    {
      __typename: 'CommentConnection',
      totalCount: count,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: false,
        endCursor: `cursor:${comments[count - 1].id}`,
      },
      edges: comments.map((comment) => ({
        __typename: 'CommentEdge' as const,
        cursor: `cursor:${comment.id}`,
        node: {
          __typename: 'Comment' as const,
          id: comment.id,
          status: comment.status,
          ...makeFragmentData(
            {
              ...comment,
              channel: comment.channel,
              intents: comment.intents,
              replyCount: 0,
              assignee: null,
            },
            CommentRowFragment,
          ),
        },
      })),
    },
    InboxListFragment,
  );
}

describe('InboxList', () => {
  it('keeps only the rows in view in the DOM, even with 10,000 comments loaded', () => {
    renderWithTheme(
      <InboxList
        connection={buildConnection(10_000)}
        selectedIndex={-1}
        tabStatus={null}
        isLoadingMore={false}
        onLoadMore={() => undefined}
        onOpen={() => undefined}
        onMove={() => undefined}
      />,
    );

    const rows = within(screen.getByRole('listbox', { name: 'Comments' })).getAllByRole('option');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
  });
});
