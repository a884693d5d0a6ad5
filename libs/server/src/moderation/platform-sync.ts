import { type ChannelKind, type PlatformModerationOutcome } from '@bedside/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { Transactor } from '../database/transactor';
import { ModerationActionEntity } from './moderation-action.entity';
import {
  PLATFORM_MODERATION,
  type PlatformModeration,
  type PlatformModerationResult,
} from './platform-moderation';

/**
 * Mirrors committed moderation actions on the platforms. An action is written `pending` when a
 * connector can act on its channel, and this runs after the commit: a hide (or, once undone, an
 * unhide) per action, then the outcome is stored. Nothing is retried yet; the connectors' issue
 * turns this into an outbox with retries like alert deliveries.
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
  outcomeFor(channel: ChannelKind): PlatformModerationOutcome {
    return this.platform.canModerate(channel) ? 'pending' : 'no_connector';
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
        channel: comment.channel.kind,
        externalAccountId: comment.channel.externalAccountId,
        externalId: comment.externalId,
      };
      let result: PlatformModerationResult;
      try {
        result =
          action.state === 'undone'
            ? await this.platform.unhide(ref)
            : await this.platform.hide(ref);
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
