import type { ChannelKind } from '@bedside/domain';

import type { CommentFacts } from '../analysis/analyse-comment';
import type { AnalysedReply } from '../analysis/analyse-reply';
import type { OrganisationSettings, Severity, ViolationCode } from '../compliance.types';

/** Everything a rule may read; rules never change it. */
export interface RuleContext {
  readonly reply: AnalysedReply;
  readonly comment: CommentFacts;
  readonly settings: OrganisationSettings;
  readonly channel: ChannelKind | undefined;
}

/**
 * A rule's finding. `start`/`end` index the normalised reply (`reply.lower`); the composer maps them
 * back to the original text. A finding about something missing uses 0, 0.
 */
export interface Finding {
  code: ViolationCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

/** One family of rules (one file): a pure function of the context. */
export type Rule = (context: RuleContext) => Finding[];

/** Findings for every match of `pattern` (global) in `text`. */
export function findAll(
  text: string,
  pattern: RegExp,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  return [...text.matchAll(global)].map((match) =>
    make(match.index, match.index + match[0].length),
  );
}

/** A finding about the whole reply (something it lacks). */
export function wholeReply(code: ViolationCode, severity: Severity, message: string): Finding {
  return { code, severity, message, start: 0, end: 0 };
}
