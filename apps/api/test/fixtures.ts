/** GraphQL documents and row builders shared by the integration specs. */

export const INGEST = /* GraphQL */ `
  mutation Ingest($comments: [CommentInput!]!) {
    ingestComments(comments: $comments) {
      accepted
      updated
      duplicates
      rejected {
        index
        externalId
        message
      }
    }
  }
`;

export const LIST = /* GraphQL */ `
  query List($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {
    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
        startCursor
      }
      edges {
        cursor
        node {
          id
          externalId
          text
          authorName
          status
          createdAt
          channel {
            kind
            isSample
          }
        }
      }
    }
  }
`;

export interface IngestReportShape {
  ingestComments: {
    accepted: number;
    updated: number;
    duplicates: number;
    rejected: { index: number; externalId: string | null; message: string }[];
  };
}

export interface ListShape {
  comments: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      endCursor: string | null;
      startCursor: string | null;
    };
    edges: {
      cursor: string;
      node: {
        id: string;
        externalId: string;
        text: string;
        authorName: string | null;
        status: string;
        createdAt: string;
        channel: { kind: string; isSample: boolean };
      };
    }[];
  };
}

export interface CommentRow {
  channel: string;
  externalId: string;
  text: string;
  createdAt?: string;
  authorName?: string;
  authorHandle?: string;
  parentExternalId?: string;
  postExternalId?: string;
  url?: string;
}

/** A comment written at `minute` minutes past 08:00 UTC on 2026-11-20. */
export function commentRow(
  id: string,
  text: string,
  minute: number,
  extra: Partial<CommentRow> = {},
): CommentRow {
  const createdAt = new Date(Date.UTC(2026, 10, 20, 8, minute)).toISOString();
  return {
    channel: 'facebook',
    externalId: id,
    text,
    createdAt,
    authorName: `Author ${id}`,
    ...extra,
  };
}
