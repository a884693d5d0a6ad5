import { useMutation } from '@apollo/client/react';

import type { EscalateCommentInput, LinkCommentToCaseInput } from '../../../gql/graphql';
import { EscalateCommentMutation } from '../graphql/escalate-comment.mutation';
import { LinkCommentToCaseMutation } from '../graphql/link-comment-to-case.mutation';

export interface EscalatedCase {
  id: string;
  reference: string;
}

/**
 * Opens a case from a comment, or adds it to an open one. The answer carries the comment's new
 * status, cases and SLA, which the cache writes into the pane and the list row.
 */
export function useEscalateComment() {
  const [escalate, escalation] = useMutation(EscalateCommentMutation);
  const [link, linking] = useMutation(LinkCommentToCaseMutation);

  const openCase = async (input: EscalateCommentInput): Promise<EscalatedCase | null> => {
    try {
      const { data } = await escalate({ variables: { input } });
      return data ? data.escalateComment : null;
    } catch {
      return null;
    }
  };

  const addToCase = async (input: LinkCommentToCaseInput): Promise<EscalatedCase | null> => {
    try {
      const { data } = await link({ variables: { input } });
      return data ? data.linkCommentToCase : null;
    } catch {
      return null;
    }
  };

  return {
    openCase,
    addToCase,
    isSaving: escalation.loading || linking.loading,
    error: escalation.error ?? linking.error,
    resetError: () => {
      escalation.reset();
      linking.reset();
    },
  };
}
