import { type ChannelKind } from '@bedside/domain';
import { Injectable } from '@nestjs/common';

/** The comment on its platform, as a connector addresses it. */
export interface PlatformCommentRef {
  channel: ChannelKind;
  /** The channel's own account id on the platform (page id, handle); null when unknown. */
  externalAccountId: string | null;
  externalId: string;
}

export type PlatformModerationResult =
  | { outcome: 'done' }
  | { outcome: 'no_connector' }
  /** `code` is the platform's error code, never its message (it may quote the comment). */
  | { outcome: 'failed'; code: string };

/**
 * Hides and unhides comments on the platforms themselves. The seam for the channel connectors
 * of a later issue: Bedside records every moderation action first and then, after commit, asks
 * this to mirror it, so a platform call never holds a database transaction open. Until a
 * connector exists, the default below answers that the action is in Bedside only.
 */
export interface PlatformModeration {
  /** Whether a connector can hide comments on this platform. No I/O: asked inside transactions. */
  canModerate(channel: ChannelKind): boolean;
  hide(comment: PlatformCommentRef): Promise<PlatformModerationResult>;
  unhide(comment: PlatformCommentRef): Promise<PlatformModerationResult>;
}

/** Injection token of the PlatformModeration in use. */
export const PLATFORM_MODERATION = Symbol('PlatformModeration');

/** No platform has a connector yet: every action takes effect in Bedside only. */
@Injectable()
export class NoConnectorPlatformModeration implements PlatformModeration {
  canModerate(): boolean {
    return false;
  }

  hide(): Promise<PlatformModerationResult> {
    return Promise.resolve({ outcome: 'no_connector' });
  }

  unhide(): Promise<PlatformModerationResult> {
    return Promise.resolve({ outcome: 'no_connector' });
  }
}
