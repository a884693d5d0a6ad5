import { useQuery } from '@apollo/client/react';

import { CommentDetailQuery } from '../graphql/comment-detail.query';

/** The open comment with its thread, post and triage. */
export function useCommentDetail(commentId: string) {
  return useQuery(CommentDetailQuery, { variables: { id: commentId } });
}
