import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';

export const DEFAULT_BACKFILL_DAYS = 7;
// Polls re-read a little of the previous window: late-indexed items and clock skew between us
// and the platform would otherwise fall into the gap; dedupe makes the overlap harmless.
export const DEFAULT_OVERLAP_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

/**
 * A credential field of the account. A missing one means the account must be reconnected,
 * so it is `auth_expired`; the message names the field, never a value.
 */
export function requireCredential(account: ChannelAccount, key: string): string {
  const value = account.credentials[key];
  if (typeof value !== 'string' || value === '') {
    throw new ChannelError(
      'auth_expired',
      `${account.kind} account ${account.id} has no ${key} credential; reconnect it`,
    );
  }
  return value;
}

export function numberSetting(account: ChannelAccount, key: string, fallback: number): number {
  const value = account.settings[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function stringListSetting(
  account: ChannelAccount,
  key: string,
  fallback: readonly string[],
): readonly string[] {
  const value = account.settings[key];
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')
    ? value
    : fallback;
}

/** Start of the backfill window for a null cursor: `settings.backfillDays` before now. */
export function backfillStart(account: ChannelAccount, now: Date): string {
  const days = numberSetting(account, 'backfillDays', DEFAULT_BACKFILL_DAYS);
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

export function overlapMs(account: ChannelAccount): number {
  return numberSetting(account, 'overlapMinutes', DEFAULT_OVERLAP_MS / 60_000) * 60_000;
}
