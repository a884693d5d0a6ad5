import { type ChannelKind, type Intent, isChannelKind, type PhiSpan } from '@bedside/domain';

import { checkReply } from './check-reply';
import type {
  CommentForReply,
  DraftAction,
  OrganisationSettings,
  Severity,
  ViolationCode,
} from './compliance.types';
import { draftReply } from './drafting/draft-reply';

/** The triage the caller injects (the CLI passes `@bedside/triage`): intents and PHI spans. */
export type TriageOf = (
  text: string,
  channel?: ChannelKind,
) => {
  intents: readonly (Intent | { label: Intent })[];
  phi: readonly PhiSpan[];
};

export interface LineViolation {
  code: ViolationCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

/** Output line of `bedside check-reply`. */
export interface CheckReplyLine {
  id: string | number | null;
  compliant: boolean;
  violations: LineViolation[];
}

/** Output line of `bedside draft`. */
export interface DraftLine {
  id: string | number | null;
  reply: string;
  template: string;
  action: DraftAction;
  violations: LineViolation[];
}

/** Output line for an input record that cannot be processed. */
export interface JsonLineError {
  id: string | number | null;
  error: string;
}

/**
 * One `check-reply` record `{"id","comment","reply"}` to its output line: the comment is triaged
 * with `triageOf`, the reply checked. A record that is not an object or lacks a string field gives
 * `{id, error}`.
 *
 * @example checkReplyLine({ id: 'r1', comment: 'Great nurses!', reply: 'Welcome back!' }, triage, settings)
 *   // -> { id: 'r1', compliant: false, violations: [{ code: 'confirms_patient_relationship', ... }] }
 */
export function checkReplyLine(
  record: unknown,
  triageOf: TriageOf,
  settings: OrganisationSettings,
): CheckReplyLine | JsonLineError {
  const read = readRecord(record, ['comment', 'reply']);
  if ('error' in read) {
    return read;
  }
  const { id, fields, channel } = read;
  const result = checkReply(fields.reply, {
    comment: commentFor(fields.comment, channel, triageOf),
    settings,
  });
  return { id, compliant: result.compliant, violations: result.violations.map(toLine) };
}

/**
 * One `draft` record `{"id","text","channel"?}` to its output line: the drafted reply, the
 * template used, `action` (`reply` or `hide`) and the checker's findings (empty for a passing draft).
 *
 * @example draftLine({ id: 'c1', text: 'my dad has chest pain right now' }, triage, settings)
 *   // -> { id: 'c1', reply: 'Please call 911 now …', template: 'emergency.call-now', action: 'reply', violations: [] }
 */
export function draftLine(
  record: unknown,
  triageOf: TriageOf,
  settings: OrganisationSettings,
): DraftLine | JsonLineError {
  const read = readRecord(record, ['text']);
  if ('error' in read) {
    return read;
  }
  const { id, fields, channel } = read;
  const draft = draftReply(commentFor(fields.text, channel, triageOf), settings);
  return {
    id,
    reply: draft.reply,
    template: draft.template,
    action: draft.action,
    violations: draft.violations.map(toLine),
  };
}

function readRecord<K extends string>(
  record: unknown,
  keys: readonly K[],
):
  | { id: string | number | null; fields: Record<K, string>; channel: ChannelKind | undefined }
  | JsonLineError {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { id: null, error: 'line is not a JSON object' };
  }
  const value = record as Record<string, unknown>;
  const id =
    typeof value.id === 'string' || (typeof value.id === 'number' && Number.isFinite(value.id))
      ? value.id
      : null;
  const fields = {} as Record<K, string>;
  for (const key of keys) {
    const field = value[key];
    if (typeof field !== 'string') {
      return { id, error: `missing string field "${key}"` };
    }
    fields[key] = field;
  }
  return { id, fields, channel: isChannelKind(value.channel) ? value.channel : undefined };
}

function commentFor(
  text: string,
  channel: ChannelKind | undefined,
  triageOf: TriageOf,
): CommentForReply {
  const triaged = triageOf(text, channel);
  return {
    text,
    channel,
    intents: triaged.intents.map((intent) => (typeof intent === 'string' ? intent : intent.label)),
    phi: triaged.phi.map(({ type, start, end }) => ({ type, start, end })),
  };
}

function toLine({ code, severity, message, start, end }: LineViolation): LineViolation {
  return { code, severity, message, start, end };
}
