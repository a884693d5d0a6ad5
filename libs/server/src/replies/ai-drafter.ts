import { type CommentForReply, type OrganisationSettings } from '@bedside/compliance';
import { type PhiSpan } from '@bedside/domain';

import { type AiDraftingConfig } from '../settings/settings.service';

/** What the model is told. The checker, not this prompt, is what keeps replies safe. */
const SYSTEM_PROMPT = [
  "You write short public replies for a hospital's social media team.",
  'Rules: never confirm or imply that anyone is or was a patient; never repeat any health detail, name, date or number from the comment;',
  'never give medical advice, diagnoses or doses; emergencies: tell them to call the emergency number or go to the nearest emergency department first;',
  'self-harm: give the crisis line; complaints: give the Patient Relations contact; never argue, blame, promise outcomes or offer compensation.',
  'Use only the contact details given. Answer with the reply text only, no quotes, at most 3 sentences.',
].join(' ');

/** Replaces every PHI span with its type, so no identifier leaves the server. */
export function redactPhi(text: string, spans: readonly PhiSpan[]): string {
  let redacted = '';
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) {
      continue;
    }
    redacted += `${text.slice(cursor, span.start)}[${span.type}]`;
    cursor = span.end;
  }
  return redacted + text.slice(cursor);
}

function contactsLine(settings: OrganisationSettings): string {
  const contacts: [string, string][] = [
    ['Hospital', settings.hospitalName],
    ['Patient Relations phone', settings.patientRelationsPhone],
    ['Patient Relations e-mail', settings.patientRelationsEmail],
    ['Patient Relations web form', settings.patientRelationsUrl],
    ['Nurse line', settings.nurseLine],
    ['Main phone', settings.mainPhone],
    ['Emergency number', settings.emergencyNumber],
    ['Crisis line', settings.crisisLine],
    ['Poison Help', settings.poisonLine],
  ];
  return contacts
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

export type AiDraftOutcome =
  { ok: true; text: string } | { ok: false; reason: 'timeout' | 'unreachable' | 'bad_response' };

/**
 * Asks an OpenAI-compatible chat-completions endpoint for a draft. The comment goes out with its
 * PHI redacted; the answer is only a candidate, which the caller runs through the checker.
 */
export async function requestAiDraft(
  config: AiDraftingConfig,
  comment: CommentForReply,
  settings: OrganisationSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<AiDraftOutcome> {
  const body = {
    model: config.model,
    temperature: 0.4,
    max_tokens: 300,
    messages: [
      { role: 'system', content: `${SYSTEM_PROMPT}\nContacts: ${contactsLine(settings)}` },
      {
        role: 'user',
        content:
          `Channel: ${comment.channel ?? 'unknown'}. Labels: ${comment.intents.join(', ') || 'none'}.\n` +
          `Comment: ${redactPhi(comment.text, comment.phi)}`,
      },
    ],
  };
  let response: Response;
  try {
    response = await fetchImpl(`${config.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    return {
      ok: false,
      reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable',
    };
  }
  if (!response.ok) {
    return { ok: false, reason: 'bad_response' };
  }
  try {
    const json = (await response.json()) as {
      choices?: { message?: { content?: unknown } }[];
    };
    const content = json.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim() === '') {
      return { ok: false, reason: 'bad_response' };
    }
    return { ok: true, text: content.trim().replace(/^"(.*)"$/s, '$1') };
  } catch (error) {
    const name = (error as Error).name;
    return {
      ok: false,
      reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'bad_response',
    };
  }
}
