import { graphql } from '../../../gql';

/** A drafted reply for a comment (template, or the AI model when asked and enabled). */
export const SuggestReplyQuery = graphql(`
  query SuggestReply($commentId: ID!, $ai: Boolean) {
    suggestReply(commentId: $commentId, ai: $ai) {
      reply
      template
      situation
      action
      source
      fallbackReason
    }
  }
`);
