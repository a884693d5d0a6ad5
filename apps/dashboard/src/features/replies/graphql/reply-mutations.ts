import { graphql } from '../../../gql';

export const SaveReplyMutation = graphql(`
  mutation SaveReply($input: SaveReplyInput!) {
    saveReply(input: $input) {
      id
      ...ReplyFields
    }
  }
`);

export const SubmitReplyMutation = graphql(`
  mutation SubmitReply($replyId: ID!) {
    submitReply(replyId: $replyId) {
      id
      ...ReplyFields
    }
  }
`);

/**
 * Sends an approved reply: posted by the channel's connector, or (`manual`) recorded as copied to
 * the platform by hand.
 */
export const SendReplyMutation = graphql(`
  mutation SendReply($replyId: ID!, $manual: Boolean) {
    sendReply(replyId: $replyId, manual: $manual) {
      id
      ...ReplyFields
      comment {
        id
        status
      }
    }
  }
`);

/** Queues a reply whose posting failed for another attempt. */
export const RetryReplyDeliveryMutation = graphql(`
  mutation RetryReplyDelivery($replyId: ID!) {
    retryReplyDelivery(replyId: $replyId) {
      id
      ...ReplyFields
    }
  }
`);

export const DiscardReplyMutation = graphql(`
  mutation DiscardReply($replyId: ID!) {
    discardReply(replyId: $replyId)
  }
`);

export const ApproveReplyMutation = graphql(`
  mutation ApproveReply($input: ApproveReplyInput!) {
    approveReply(input: $input) {
      id
      ...ReplyFields
    }
  }
`);

export const RejectReplyMutation = graphql(`
  mutation RejectReply($input: RejectReplyInput!) {
    rejectReply(input: $input) {
      id
      ...ReplyFields
    }
  }
`);
