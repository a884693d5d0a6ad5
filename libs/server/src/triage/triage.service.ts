import { type ChannelKind, INTENTS, URGENCIES } from '@bedside/domain';
import { triage } from '@bedside/triage';
import { Injectable } from '@nestjs/common';

import { type CommentEntity } from '../comments/comment.entity';

/** The comment columns triage fills. */
export type TriageFields = Pick<
  CommentEntity,
  | 'sentiment'
  | 'sentimentScore'
  | 'intents'
  | 'intentFlags'
  | 'urgency'
  | 'urgencyRank'
  | 'phiSpans'
  | 'hasPhi'
  | 'triageReasons'
  | 'triageModelVersion'
  | 'triagedAt'
>;

/**
 * Runs the framework-free triage engine (libs/triage) for the server: synchronous and in
 * microseconds, so ingestion labels every comment inside the transaction that stores it.
 */
@Injectable()
export class TriageService {
  label(text: string, channel: ChannelKind, now: Date): TriageFields {
    const result = triage(text, { channel });
    const intents = result.intents.map((intent) => ({
      label: intent.label,
      confidence: Math.round(intent.confidence * 1000) / 1000,
    }));
    return {
      sentiment: result.sentiment.label,
      sentimentScore: Math.round(result.sentiment.score * 1000) / 1000,
      intents,
      intentFlags: intents.reduce((mask, intent) => mask | (1 << INTENTS.indexOf(intent.label)), 0),
      urgency: result.urgency,
      urgencyRank: URGENCIES.indexOf(result.urgency),
      phiSpans: result.phi.map(({ type, start, end }) => ({ type, start, end })),
      hasPhi: result.phi.length > 0,
      triageReasons: result.reasons,
      triageModelVersion: result.modelVersion,
      triagedAt: now,
    };
  }
}
