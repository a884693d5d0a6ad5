import { isChannelKind } from '@bedside/domain';

import { triage } from './triage';

/** One output line of the CLI contract. */
export interface TriageJsonLine {
  id: unknown;
  sentiment: string;
  sentimentScore: number;
  intents: string[];
  urgency: string;
  phi: { type: string; start: number; end: number }[];
  reasons: Record<string, string[]>;
}

/** The output line for an input line that cannot be triaged. */
export interface TriageJsonLineError {
  id: unknown;
  error: string;
}

/**
 * Maps one JSONL input line `{"id", "text", "channel"?}` to the CLI's output object; `null` for a
 * blank line (the caller reports it as skipped); `{id, error}` (id `null` when unknown) when the
 * line is not a JSON object or has no string `text`. An unknown channel is ignored, not an error.
 *
 * @example triageJsonLine('{"id":"c1","text":"Do you take Aetna?"}')
 *   // -> {id:'c1', sentiment:'neutral', sentimentScore:0.01, intents:['service_question'], urgency:'normal', phi:[], reasons:{...}}
 */
export function triageJsonLine(line: string): TriageJsonLine | TriageJsonLineError | null {
  if (line.trim() === '') {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'invalid JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id: null, error: 'line is not a JSON object' };
  }
  const record = parsed as Record<string, unknown>;
  const id = isIdentifier(record.id) ? record.id : null;
  if (typeof record.text !== 'string') {
    return { id, error: 'missing string field "text"' };
  }
  const result = triage(
    record.text,
    isChannelKind(record.channel) ? { channel: record.channel } : {},
  );
  return {
    id,
    sentiment: result.sentiment.label,
    sentimentScore: result.sentiment.score,
    intents: result.intents.map((intent) => intent.label),
    urgency: result.urgency,
    phi: result.phi.map(({ type, start, end }) => ({ type, start, end })),
    reasons: result.reasons,
  };
}

function isIdentifier(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
