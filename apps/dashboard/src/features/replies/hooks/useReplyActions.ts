import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

import { describeError } from '../../../app/apollo-client';
import type { ReplySource } from '../../../gql/graphql';
import {
  ApproveReplyMutation,
  DiscardReplyMutation,
  RejectReplyMutation,
  RetryReplyDeliveryMutation,
  SaveReplyMutation,
  SendReplyMutation,
  SubmitReplyMutation,
} from '../graphql/reply-mutations';

export type ReplyActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

async function attempt<T>(run: () => Promise<T>): Promise<ReplyActionResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, message: describeError(error).message };
  }
}

/**
 * The reply workflow's mutations for one comment. Each returns ok or the server's message (never
 * throws); a new reply is added to the comment's cached `teamReplies` so the pane shows it.
 */
export function useReplyActions(commentId: string) {
  const [save, saving] = useMutation(SaveReplyMutation, {
    update(cache, { data }) {
      const reply = data?.saveReply;
      if (!reply) {
        return;
      }
      cache.modify({
        id: cache.identify({ __typename: 'Comment', id: commentId }),
        fields: {
          teamReplies(existing, { toReference, readField }) {
            const list = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
            const reference = toReference(reply);
            const isThere = list.some((entry) => readField('id', entry) === reply.id);
            return isThere || !reference ? list : [reference, ...list];
          },
        },
      });
    },
  });
  const [submit, submitting] = useMutation(SubmitReplyMutation);
  const [send, sending] = useMutation(SendReplyMutation);
  const [retry, retrying] = useMutation(RetryReplyDeliveryMutation);
  const [approve, approving] = useMutation(ApproveReplyMutation);
  const [reject, rejecting] = useMutation(RejectReplyMutation);
  const [discard, discarding] = useMutation(DiscardReplyMutation, {
    update(cache, _result, { variables }) {
      cache.modify({
        id: cache.identify({ __typename: 'Comment', id: commentId }),
        fields: {
          teamReplies(existing, { readField }) {
            const list = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
            return list.filter((entry) => readField('id', entry) !== variables?.replyId);
          },
        },
      });
    },
  });

  return {
    isBusy:
      saving.loading ||
      submitting.loading ||
      sending.loading ||
      retrying.loading ||
      approving.loading ||
      rejecting.loading ||
      discarding.loading,
    save: (input: {
      body: string;
      source: ReplySource;
      templateKey: string | null;
      expectedRevision: number | null;
    }) =>
      attempt(async () => {
        const result = await save({ variables: { input: { commentId, ...input } } });
        return result.data!.saveReply;
      }),
    submit: (replyId: string) =>
      attempt(async () => (await submit({ variables: { replyId } })).data!.submitReply),
    /**
     * `manual`: the person copied it to the platform by hand. Without it, a connected channel's
     * connector posts it (the reply stays approved, with a `posting`, until the platform has it).
     */
    send: (replyId: string, manual: boolean) =>
      attempt(async () => (await send({ variables: { replyId, manual } })).data!.sendReply),
    retryDelivery: (replyId: string) =>
      attempt(async () => (await retry({ variables: { replyId } })).data!.retryReplyDelivery),
    approve: (replyId: string, acknowledgeWarnings: boolean) =>
      attempt(
        async () =>
          (await approve({ variables: { input: { replyId, acknowledgeWarnings } } })).data!
            .approveReply,
      ),
    reject: (replyId: string, reason: string) =>
      attempt(
        async () => (await reject({ variables: { input: { replyId, reason } } })).data!.rejectReply,
      ),
    discard: (replyId: string) =>
      attempt(async () => (await discard({ variables: { replyId } })).data!.discardReply),
  };
}
