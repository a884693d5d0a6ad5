import { graphql } from '../../../gql';

/** The author panel: one person across channels, with the team's flag and notes. */
export const AuthorPanelQuery = graphql(`
  query AuthorPanel($commentId: ID!) {
    author(commentId: $commentId) {
      id
      ...AuthorSummary_author
      ...AuthorFlagControl_author
      ...AuthorNotes_author
      comments(first: 50) {
        totalCount
        edges {
          node {
            id
            ...AuthorCommentItem_comment
          }
        }
      }
    }
  }
`);
