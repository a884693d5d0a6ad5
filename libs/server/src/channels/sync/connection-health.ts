import { type ChannelError, isChannelError } from '@bedside/channels';
import { type ConnectionHealth } from '@bedside/domain';

import { type ChannelConnectionEntity } from '../channel-connection.entity';

/** Longest wait between polls of a failing channel. */
export const MAX_BACKOFF_MS = 30 * 60_000;

/** What a failed contact with the platform does to the connection. */
export interface FailureEffect {
  health: ConnectionHealth;
  message: string;
  /** Null: stop polling until someone reconnects the channel. */
  nextPollAt: Date | null;
}

/**
 * Maps a connector failure to the channel's health and its next poll: the platform's retry hint
 * on rate limits, exponential backoff with jitter on everything transient, and no more polling
 * on expired credentials (polling again cannot fix them; new credentials restart it).
 */
export function failureEffect(
  error: unknown,
  connection: Pick<ChannelConnectionEntity, 'pollIntervalSeconds' | 'consecutiveFailures'>,
  now: Date,
  random: () => number = Math.random,
): FailureEffect {
  const failures = connection.consecutiveFailures + 1;
  const backoff = Math.min(
    connection.pollIntervalSeconds * 1000 * 2 ** Math.min(failures, 16),
    MAX_BACKOFF_MS,
  );
  const jittered = Math.round(backoff * (1 + random() * 0.2));
  if (!isChannelError(error)) {
    return {
      health: 'failing',
      message: `Unexpected error (${error instanceof Error ? error.name : 'Error'})`,
      nextPollAt: new Date(now.getTime() + jittered),
    };
  }
  const message = describeChannelError(error);
  switch (error.kind) {
    case 'auth_expired':
      return { health: 'token_expired', message, nextPollAt: null };
    case 'rate_limited': {
      const wait = error.retryAfterMs ?? jittered;
      return { health: 'rate_limited', message, nextPollAt: new Date(now.getTime() + wait) };
    }
    default:
      return { health: 'failing', message, nextPollAt: new Date(now.getTime() + jittered) };
  }
}

/** The connector's message names the platform, call and code, never credentials or text. */
export function describeChannelError(error: ChannelError): string {
  return error.message.slice(0, 480);
}
