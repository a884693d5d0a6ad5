import { SAMPLE_COMMENTS } from '@bedside/sample-data';

import { type IngestReportShape, LIST, type ListShape } from './fixtures';
import { createTestApp, type TestApp } from './test-app';

const LOAD = /* GraphQL */ `
  mutation {
    loadSampleData {
      accepted
      updated
      duplicates
      rejected {
        index
        message
      }
    }
  }
`;

describe('sample data', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp();
  });

  afterAll(async () => {
    await test.close();
  });

  it('loads once into channels flagged as sample, keeps review ratings, and is removed with its channels', async () => {
    const first = await test.gql<{ loadSampleData: IngestReportShape['ingestComments'] }>(LOAD);
    expect(first.data?.loadSampleData).toEqual({
      accepted: SAMPLE_COMMENTS.length,
      updated: 0,
      duplicates: 0,
      rejected: [],
    });
    const again = await test.gql<{ loadSampleData: IngestReportShape['ingestComments'] }>(LOAD);
    expect(again.data?.loadSampleData.accepted).toBe(0);
    expect(again.data?.loadSampleData.duplicates).toBe(SAMPLE_COMMENTS.length);

    const loaded = await test.gql<{ sampleDataLoaded: boolean }>('{ sampleDataLoaded }');
    expect(loaded.data?.sampleDataLoaded).toBe(true);

    const reviews = await test.gql<{
      comments: {
        totalCount: number;
        edges: { node: { rating: number | null; channel: { isSample: boolean } } }[];
      };
    }>(
      `{ comments(filter: { channel: GOOGLE_REVIEW }, first: 200) { totalCount edges { node { rating channel { isSample } } } } }`,
    );
    const expectedReviews = SAMPLE_COMMENTS.filter(
      (comment) => comment.channel === 'google_review',
    );
    expect(reviews.errors).toBeUndefined();
    expect(reviews.data?.comments.totalCount).toBe(expectedReviews.length);
    expect(reviews.data?.comments.edges.every((edge) => edge.node.channel.isSample)).toBe(true);
    expect(reviews.data?.comments.edges.map((edge) => edge.node.rating).sort()).toEqual(
      expectedReviews.map((comment) => comment.rating).sort(),
    );

    const removed = await test.gql<{ removeSampleData: number }>('mutation { removeSampleData }');
    expect(removed.data?.removeSampleData).toBe(6);
    const after = await test.gql<ListShape>(LIST, { first: 5 });
    expect(after.data?.comments.totalCount).toBe(0);
    const searched = await test.gql<ListShape>(LIST, { first: 5, filter: { search: 'parking' } });
    expect(searched.data?.comments.totalCount).toBe(0);
  });
});
