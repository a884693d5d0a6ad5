import type { AnalysedReply } from '../analysis/analyse-reply';
import { findAll, type Finding, type Rule, wholeReply } from './rule.types';

const CODE = 'dismisses_emergency';

const MESSAGES = {
  emergencyFirst:
    'A reply to an emergency must open by telling the person to call the emergency number or go to the nearest emergency department.',
  delay:
    'Delays someone in an emergency (“DM us”, “wait and see”, “come in tomorrow”). Send them to the emergency number or nearest emergency department now.',
  crisisLine:
    'A reply to someone who may be thinking of self-harm must give the crisis line (988: call or text).',
  crisisEmergency:
    'The comment suggests immediate danger: the reply must also say to call the emergency number.',
  poisonLine: 'A reply to a possible poisoning must give the Poison Help line.',
  poisonEmergency:
    'A reply to a possible poisoning must also say to call the emergency number if the person collapses, cannot breathe or has a seizure.',
  poisonFirst:
    'A reply to a possible poisoning must open with Poison Help or the emergency number.',
} as const;

const NEAREST =
  /\b(?:nearest|closest)\b[^.!?]{0,20}\b(?:emergency (?:room|department)|er|ed|hospital|urgent care)\b|\bm[aá]s cercana\b/;

const DELAY =
  /\b(?:wait (?:and see|until|a (?:few|couple)|it out|for (?:the )?morning)|watch and see|see (?:if|how) (?:it|things|he|she|they) (?:goes|go|improves?|gets?)|if (?:it|symptoms|things|the \w+) (?:doesn't|don't|does not|do not) (?:improve|get better|stop|go away)|in the morning|tomorrow|make an appointment|book an appointment|schedule (?:an? )?(?:appointment|visit)|dm us|direct message|send us a (?:message|dm|pm|private message)|message us|inbox us|come (?:in|by) (?:tomorrow|later|monday)|during (?:business|office) hours|call us (?:tomorrow|monday|back))\b/;

/**
 * C12–C14: emergencies open with the emergency number or the nearest emergency department and
 * carry no delaying language; self-harm replies give the crisis line, and the emergency number too
 * when the comment suggests immediate danger; poisonings give Poison Help and the emergency number.
 *
 * @example checkEmergency(context('Sorry to hear that! Please send us a message.', { emergency: true }))
 *   // -> [{ code: 'dismisses_emergency', ... }, ...]
 */
export const checkEmergency: Rule = (context) => {
  const { reply } = context;
  const situations = context.comment.situations;
  const findings: Finding[] = [];
  const missing = (message: string): void => {
    findings.push(wholeReply(CODE, 'block', message));
  };
  const urgent = situations.emergency || situations.poisoning;
  if (urgent || situations.selfHarm) {
    findings.push(
      ...findAll(reply.masked, DELAY, (start, end) => ({
        code: CODE,
        severity: 'block',
        message: MESSAGES.delay,
        start,
        end,
      })),
    );
  }
  if (situations.poisoning) {
    if (!reply.has('poison')) {
      missing(MESSAGES.poisonLine);
    }
    if (!reply.has('emergency')) {
      missing(MESSAGES.poisonEmergency);
    }
    if (
      reply.has('poison') &&
      reply.has('emergency') &&
      !opensWith(reply, ['poison', 'emergency'])
    ) {
      missing(MESSAGES.poisonFirst);
    }
  } else if (situations.emergency && !opensWith(reply, ['emergency'])) {
    missing(MESSAGES.emergencyFirst);
  }
  if (situations.selfHarm) {
    if (!reply.has('crisis')) {
      missing(MESSAGES.crisisLine);
    }
    if (situations.imminentDanger && !reply.has('emergency')) {
      missing(MESSAGES.crisisEmergency);
    }
  }
  return findings;
};

/**
 * Whether the reply's first sentence sends the person to one of `kinds` (or the nearest emergency
 * department). A first sentence of a few words ("Oh no!", "We're so sorry.") may precede it.
 */
function opensWith(reply: AnalysedReply, kinds: readonly string[]): boolean {
  const [first, second] = reply.sentences;
  const sends = (sentence: { start: number; end: number; text: string } | undefined): boolean =>
    sentence !== undefined &&
    (reply.hits.some(
      (hit) => kinds.includes(hit.kind) && hit.start >= sentence.start && hit.start < sentence.end,
    ) ||
      (kinds.includes('emergency') && NEAREST.test(sentence.text)));
  if (sends(first)) {
    return true;
  }
  const shortOpener =
    first !== undefined && first.text.split(/\s+/).length <= 6 && !DELAY.test(first.text);
  return shortOpener && sends(second);
}
