import { graphql } from '../../../gql';

/** What the composer and the approvals queue show of a reply. */
export const ReplyFieldsFragment = graphql(`
  fragment ReplyFields on Reply {
    id
    commentId
    body
    status
    source
    templateKey
    authorId
    authorName
    submittedAt
    reviewerName
    reviewedAt
    reviewNote
    warningsAcknowledged
    sentAt
    delivery
    posting {
      id
      state
      error
      attempts
      permalink
      postedAt
      nextAttemptAt
    }
    revision
    updatedAt
    violations {
      code
      severity
      message
      start
      end
    }
  }
`);
