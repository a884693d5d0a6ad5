import { useQuery } from '@apollo/client/react';
import {
  checkReply,
  type CheckResult,
  type CommentForReply,
  type OrganisationSettings,
} from '@bedside/compliance';
import { useDeferredValue, useMemo } from 'react';

import type { ReplySettingsQuery as ReplySettingsData } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';
import { ReplySettingsQuery } from '../graphql/organisation-settings.query';

export type ReplySettings = ReplySettingsData['organisationSettings'];

/** The settings as the checker takes them: GraphQL's UPPER_SNAKE policy in domain spelling. */
export function toCheckerSettings(settings: ReplySettings): OrganisationSettings {
  const { aiDraftingEnabled: _ai, __typename: _type, ...rest } = settings;
  return { ...rest, approvalPolicy: toDomainValue(settings.approvalPolicy) };
}

export interface CheckedComment {
  text: string;
  authorName?: string | null;
  channel: { kind: string };
  intents: readonly { label: string }[];
  phi: readonly { type: string; start: number; end: number }[];
}

export function toCommentForReply(comment: CheckedComment): CommentForReply {
  return {
    text: comment.text,
    channel: toDomainValue(comment.channel.kind) as CommentForReply['channel'],
    intents: comment.intents.map((intent) =>
      toDomainValue(intent.label),
    ) as CommentForReply['intents'],
    phi: comment.phi.map((span) => ({
      type: toDomainValue(span.type) as CommentForReply['phi'][number]['type'],
      start: span.start,
      end: span.end,
    })),
    ...(comment.authorName ? { authorName: comment.authorName } : {}),
  };
}

/** The organisation settings, read once per session for every composer. */
export function useReplySettings() {
  const { data, loading, error } = useQuery(ReplySettingsQuery, { fetchPolicy: 'cache-first' });
  return { settings: data?.organisationSettings ?? null, loading, error };
}

/**
 * Runs the compliance checker in the browser on every change (it takes well under a
 * millisecond), deferred so typing never waits for it. The server runs the same checker again at
 * every step, so what the browser shows is advice, and what the server says is final.
 */
export function useReplyCheck(
  body: string,
  comment: CheckedComment,
  settings: ReplySettings | null,
): CheckResult | null {
  const deferred = useDeferredValue(body);
  const input = useMemo(() => toCommentForReply(comment), [comment]);
  const checkerSettings = useMemo(
    () => (settings ? toCheckerSettings(settings) : null),
    [settings],
  );
  return useMemo(() => {
    if (!checkerSettings || deferred.trim() === '') {
      return null;
    }
    return checkReply(deferred, { comment: input, settings: checkerSettings });
  }, [deferred, input, checkerSettings]);
}
