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

export const SendReplyMutation = graphql(`
  mutation SendReply($replyId: ID!) {
    sendReply(replyId: $replyId) {
      id
      ...ReplyFields
      comment {
        id
        status
      }
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
