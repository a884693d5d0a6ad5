import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_MESSAGES } from '@bedside/domain';
import { parse } from 'graphql';

import { createCache, describeError, errorCodeOf } from './apollo-client';

// Parsed from a plain string so GraphQL Code Generator does not collect this spec-only query.
const PAGE_QUERY = parse(`
  query Page($filter: CommentFilter, $after: String) {
    comments(filter: $filter, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id } }
    }
  }
`);

function page(ids: string[], hasNextPage: boolean) {
  return {
    comments: {
      __typename: 'CommentConnection',
      totalCount: 5,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids[ids.length - 1] },
      edges: ids.map((id) => ({
        __typename: 'CommentEdge',
        cursor: id,
        node: { __typename: 'Comment', id },
      })),
    },
  };
}

type PageData = ReturnType<typeof page>;

function readIds(cache: ReturnType<typeof createCache>, filter: object): string[] | undefined {
  const data = cache.readQuery<PageData>({ query: PAGE_QUERY, variables: { filter } });
  return data?.comments.edges.map((edge) => edge.node.id);
}

describe('the comments cache policy', () => {
  it('appends a page fetched with `after` to the list of the same filter', () => {
    const cache = createCache();
    const filter = { status: ['NEW'] };
    cache.writeQuery({ query: PAGE_QUERY, variables: { filter }, data: page(['a', 'b'], true) });
    cache.writeQuery({
      query: PAGE_QUERY,
      variables: { filter, after: 'b' },
      data: page(['c', 'b', 'd'], false),
    });

    expect(readIds(cache, filter)).toEqual(['a', 'b', 'c', 'd']);
    const stored = cache.readQuery<PageData>({ query: PAGE_QUERY, variables: { filter } });
    expect(stored?.comments.pageInfo.hasNextPage).toBe(false);
  });

  it('starts over on a page without `after`, and keeps other filters apart', () => {
    const cache = createCache();
    cache.writeQuery({
      query: PAGE_QUERY,
      variables: { filter: { status: ['NEW'] } },
      data: page(['a', 'b'], true),
    });
    cache.writeQuery({
      query: PAGE_QUERY,
      variables: { filter: { status: ['CLOSED'] } },
      data: page(['x'], false),
    });
    cache.writeQuery({
      query: PAGE_QUERY,
      variables: { filter: { status: ['NEW'] } },
      data: page(['e'], false),
    });

    expect(readIds(cache, { status: ['NEW'] })).toEqual(['e']);
    expect(readIds(cache, { status: ['CLOSED'] })).toEqual(['x']);
  });
});

describe('errorCodeOf', () => {
  const graphqlError = (code: unknown) =>
    new CombinedGraphQLErrors({
      errors: [{ message: 'Patient Jane Doe not found', extensions: { code } }],
    });
  const serverError = (status: number) =>
    new ServerError('failed', { response: new Response('', { status }), bodyText: '' });

  it.each([
    [graphqlError('NOT_FOUND'), 'NOT_FOUND'],
    [graphqlError('CONFLICT'), 'CONFLICT'],
    [graphqlError('SOMETHING_NEW'), 'INTERNAL'],
    [graphqlError(undefined), 'INTERNAL'],
    [serverError(429), 'RATE_LIMITED'],
    [serverError(502), 'INTERNAL'],
    [serverError(404), 'NETWORK'],
    [new TypeError('Failed to fetch'), 'NETWORK'],
  ])('%s is %s', (error, code) => {
    expect(errorCodeOf(error)).toBe(code);
  });

  it('describes an error by its code, never with the server text', () => {
    expect(describeError(graphqlError('NOT_FOUND'))).toEqual({
      code: 'NOT_FOUND',
      message: ERROR_MESSAGES.NOT_FOUND,
    });
    expect(describeError(new TypeError('offline')).message).toMatch(/cannot reach its server/);
  });
});
