/**
 * Fixtures for the specs (not exported from the library): an invented hospital's settings and a
 * helper that builds a rule context the way `checkReply` does. Written for Bedside; no real
 * patient text.
 */
import type { ChannelKind, Intent, PhiSpan } from '@bedside/domain';

import { analyseComment } from '../analysis/analyse-comment';
import { analyseReply } from '../analysis/analyse-reply';
import type { CommentForReply, OrganisationSettings } from '../compliance.types';
import type { RuleContext } from '../rules/rule.types';
import { DEFAULT_SETTINGS } from '../settings/default-settings';

export const TEST_SETTINGS: OrganisationSettings = {
  ...DEFAULT_SETTINGS,
  hospitalName: 'Harbor View Hospital',
  patientRelationsPhone: '(555) 017-2200',
  patientRelationsEmail: 'care@harborview.example.org',
  patientRelationsUrl: 'https://harborview.example.org/feedback',
  nurseLine: '(555) 017-3300',
  mainPhone: '(555) 017-1000',
  billingPhone: '(555) 017-4400',
  visitorUrl: 'https://harborview.example.org/visit',
  parkingUrl: 'https://harborview.example.org/parking',
  recordsUrl: 'https://harborview.example.org/records',
  trustedDomains: ['cdc.gov', 'nih.gov', 'fda.gov', 'harborview.example.org'],
};

/** Long but realistic values: templates must still fit X with these. */
export const LONG_SETTINGS: OrganisationSettings = {
  ...TEST_SETTINGS,
  hospitalName: 'Saint Bartholomew Regional Medical Center of the Valley',
  patientRelationsPhone: '+1 (555) 017-2200',
  patientRelationsEmail: 'patient.relations.department@stbartholomewregional.example.org',
  patientRelationsUrl:
    'https://www.stbartholomewregional.example.org/patient-relations/feedback-form',
  nurseLine: '+1 (555) 017-3300',
  mainPhone: '+1 (555) 017-1000',
  billingPhone: '+1 (555) 017-4400',
  visitorUrl: 'https://www.stbartholomewregional.example.org/patients-and-visitors/visiting-hours',
  parkingUrl:
    'https://www.stbartholomewregional.example.org/patients-and-visitors/parking-and-directions',
  recordsUrl: 'https://www.stbartholomewregional.example.org/patients-and-visitors/medical-records',
  trustedDomains: ['cdc.gov', 'stbartholomewregional.example.org'],
  signOff: '– The St. Bartholomew Regional social media team',
};

export interface CommentSpec {
  text?: string;
  intents?: Intent[];
  phi?: PhiSpan[];
  channel?: ChannelKind;
  authorName?: string;
}

export function commentOf(spec: CommentSpec = {}): CommentForReply {
  return {
    text: spec.text ?? '',
    intents: spec.intents ?? [],
    phi: spec.phi ?? [],
    ...(spec.channel ? { channel: spec.channel } : {}),
    ...(spec.authorName ? { authorName: spec.authorName } : {}),
  };
}

/** The context a rule sees for `reply` under `comment`, with TEST_SETTINGS unless given. */
export function contextFor(
  reply: string,
  comment: CommentSpec = {},
  settings: OrganisationSettings = TEST_SETTINGS,
): RuleContext {
  const forReply = commentOf(comment);
  return {
    reply: analyseReply(reply, settings),
    comment: analyseComment(forReply),
    settings,
    channel: forReply.channel,
  };
}

/** PHI spans for the given substrings of `text` (every occurrence). */
export function spansOf(text: string, type: PhiSpan['type'], ...parts: string[]): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const part of parts) {
    let at = text.indexOf(part);
    while (at >= 0) {
      spans.push({ type, start: at, end: at + part.length });
      at = text.indexOf(part, at + part.length);
    }
  }
  return spans.sort((left, right) => left.start - right.start);
}
