import { type PlatformModerationOutcome } from '@bedside/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { Transactor } from '../database/transactor';
import { ModerationActionEntity } from './moderation-action.entity';
import {
  PLATFORM_MODERATION,
  type PlatformCommentRef,
  type PlatformModeration,
  type PlatformModerationResult,
} from './platform-moderation';

/**
 * Mirrors committed moderation actions on the platforms. An action is written `pending` when a
 * connector can act on its channel, and this runs after the commit: a hide (or, once undone, an
 * unhide) per action, then the outcome is stored. A failure is stored as `failed` with its code
 * and shown on the action; it is not retried by itself (hiding the comment again retries it).
 */
@Injectable()
export class PlatformSync {
  private readonly logger = new Logger(PlatformSync.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    @Inject(PLATFORM_MODERATION) private readonly platform: PlatformModeration,
  ) {}

  /** The outcome to store with a new hide or hold on this channel. No I/O. */
  outcomeFor(channelId: string): PlatformModerationOutcome {
    return this.platform.canModerate(channelId) ? 'pending' : 'no_connector';
  }

  /** Deletes a comment on its platform now (the caller records the outcome). */
  async delete(ref: PlatformCommentRef): Promise<PlatformModerationResult> {
    try {
      return await this.platform.apply('delete', ref);
    } catch (error) {
      return { outcome: 'failed', code: error instanceof Error ? error.name : 'Error' };
    }
  }

  /** Mirrors the pending ones among these actions; never throws (failures are stored or logged). */
  async mirror(actionIds: readonly string[]): Promise<void> {
    if (actionIds.length === 0) {
      return;
    }
    try {
      await this.mirrorPending(actionIds);
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      this.logger.error(`Mirroring ${actionIds.length} moderation actions failed (${name})`);
    }
  }

  private async mirrorPending(actionIds: readonly string[]): Promise<void> {
    const actions = await this.dataSource.getRepository(ModerationActionEntity).find({
      where: { id: In([...actionIds]), platform: 'pending' },
      relations: { comment: { channel: true } },
    });
    for (const action of actions) {
      const comment = action.comment;
      if (!comment?.channel) {
        continue;
      }
      const ref = {
        channelId: comment.channelId,
        channel: comment.channel.kind,
        externalId: comment.externalId,
      };
      let result: PlatformModerationResult;
      try {
        result = await this.platform.apply(action.state === 'undone' ? 'unhide' : 'hide', ref);
      } catch (error) {
        result = { outcome: 'failed', code: error instanceof Error ? error.name : 'Error' };
      }
      if (result.outcome === 'failed') {
        // Ids and codes only: a platform's message may quote the comment.
        this.logger.warn(
          `Platform moderation failed for action ${action.id} on ${ref.channel} (${result.code})`,
        );
      }
      const outcome = result.outcome;
      await this.transactor.run((manager) =>
        manager
          .getRepository(ModerationActionEntity)
          .update({ id: action.id }, { platform: outcome }),
      );
    }
  }
}
