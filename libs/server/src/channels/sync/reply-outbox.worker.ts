import { isChannelError, type PostedReply, type ReplyTarget } from '@bedside/channels';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { CommentEntity } from '../../comments/comment.entity';
import { CommentsService } from '../../comments/comments.service';
import { Clock } from '../../common/clock';
import { CoalescedRunner } from '../../common/coalesced-runner';
import { Transactor } from '../../database/transactor';
import { DomainEvents } from '../../events/domain-events';
import { PostEntity } from '../../posts/post.entity';
import { ReplyEntity } from '../../replies/reply.entity';
import { ChannelConnectionEntity } from '../channel-connection.entity';
import { ChannelConnectionsService, type LiveConnection } from '../channel-connections.service';
import { describeChannelError } from './connection-health';
import { ReplyOutboxEntity } from './reply-outbox.entity';

const SWEEP_INTERVAL_MS = 5_000;
/** Longer than one attempt (a search and a post at the request time-out): only a crash lapses it. */
const LEASE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 6;
/** Platforms stamp a reply with their own clock: search a little before our first attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;

type Attempt =
  | { kind: 'posted'; posted: PostedReply; found: boolean }
  | { kind: 'retry'; errorKind: string; message: string; delayMs: number; outcomeUnknown: boolean }
  | { kind: 'failed'; errorKind: string; message: string };

/**
 * Posts queued replies through their channel's connector, exactly once: before posting again
 * after an attempt whose outcome is unknown (a time-out, a network error, a 5xx, a crash
 * mid-attempt) it asks the platform for a reply by the account with the same text. A permanent
 * error (deleted comment, expired token, refused text) fails the reply with its reason, shown in
 * the reply panel and the audit trail; the person may retry or post it by hand.
 */
@Injectable()
export class ReplyOutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReplyOutboxWorker.name);
  private readonly runner = new CoalescedRunner(
    () => this.processAll(),
    (error) => this.logger.error(`Reply outbox run stopped early (${errorName(error)})`),
  );
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly connections: ChannelConnectionsService,
    private readonly comments: CommentsService,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.stopListening = this.events.on('replies.queued', () => void this.runner.trigger());
    this.timer = setInterval(() => void this.runner.trigger(), SWEEP_INTERVAL_MS);
    this.timer.unref();
    void this.runner.trigger();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.runner.stop();
  }

  /** Attempts everything due now; resolves when nothing due is left. */
  drain(): Promise<void> {
    return this.runner.trigger();
  }

  private async processAll(): Promise<void> {
    while (!this.runner.isStopped) {
      const batch = await this.transactor.run((manager) => this.claim(manager));
      if (batch.length === 0) {
        return;
      }
      await Promise.all(batch.map((row) => this.deliver(row)));
    }
  }

  /**
   * Takes due rows by pushing their time a lease ahead. A row still `posting` whose lease lapsed
   * was cut off mid-attempt: its outcome is unknown.
   */
  private async claim(manager: EntityManager): Promise<ReplyOutboxEntity[]> {
    const now = this.clock.now();
    const outbox = manager.getRepository(ReplyOutboxEntity);
    const due = await outbox.find({
      where: { status: In(['queued', 'posting']), nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC' },
      take: 10,
    });
    const claimed: ReplyOutboxEntity[] = [];
    for (const row of due) {
      const next = {
        status: 'posting' as const,
        attempts: row.attempts + 1,
        nextAttemptAt: new Date(now.getTime() + LEASE_MS),
        firstAttemptAt: row.firstAttemptAt ?? now,
        outcomeUnknown: row.outcomeUnknown || row.status === 'posting',
        updatedAt: now,
      };
      const result = await outbox.update(
        { id: row.id, status: row.status, nextAttemptAt: LessThanOrEqual(now) },
        next,
      );
      if (result.affected === 1) {
        claimed.push({ ...row, ...next });
      }
    }
    return claimed;
  }

  private async deliver(row: ReplyOutboxEntity): Promise<void> {
    try {
      const attempt = await this.attempt(row);
      await this.record(row, attempt);
    } catch (error) {
      // Recording failed (the database, not the platform): the lease lapses and the row is
      // retried as "outcome unknown", which looks before posting.
      this.logger.error(`Reply outbox row ${row.id} not recorded (${errorName(error)})`);
    }
  }

  private async attempt(row: ReplyOutboxEntity): Promise<Attempt> {
    const reply = await this.dataSource.getRepository(ReplyEntity).findOneBy({ id: row.replyId });
    if (!reply || reply.status !== 'approved') {
      return { kind: 'failed', errorKind: 'invalid', message: 'The reply is no longer approved.' };
    }
    const live = await this.connections.live(row.channelId);
    if (!live || live.connection.state !== 'active') {
      return {
        kind: 'failed',
        errorKind: 'invalid',
        message: 'The channel was disconnected or paused before the reply was posted.',
      };
    }
    const target = await this.targetFor(reply.commentId);
    if (!target) {
      return { kind: 'failed', errorKind: 'not_found', message: 'The comment is gone.' };
    }
    try {
      if (row.outcomeUnknown) {
        const since = new Date((row.firstAttemptAt ?? this.clock.now()).getTime() - CLOCK_SKEW_MS);
        const found = await live.connector.findPostedReply(
          live.account,
          target,
          reply.body,
          since.toISOString(),
        );
        if (found) {
          return { kind: 'posted', posted: found, found: true };
        }
      }
      const posted = await live.connector.postReply(live.account, target, reply.body, row.id);
      return { kind: 'posted', posted, found: false };
    } catch (error) {
      return this.failure(row, live, error);
    }
  }

  private async failure(
    row: ReplyOutboxEntity,
    live: LiveConnection,
    error: unknown,
  ): Promise<Attempt> {
    if (!isChannelError(error)) {
      return {
        kind: 'retry',
        errorKind: 'transient',
        message: `Unexpected error (${errorName(error)})`,
        delayMs: backoffMs(row.attempts),
        outcomeUnknown: true,
      };
    }
    const message = describeChannelError(error);
    if (error.kind === 'auth_expired') {
      await this.transactor.run((manager) =>
        manager
          .getRepository(ChannelConnectionEntity)
          .update(
            { channelId: live.channel.id },
            { health: 'token_expired', healthMessage: message, nextPollAt: null },
          ),
      );
    }
    if (error.kind === 'rate_limited' && row.attempts < MAX_ATTEMPTS) {
      // A 429 was refused before anything was posted: no need to look first.
      return {
        kind: 'retry',
        errorKind: error.kind,
        message,
        delayMs: error.retryAfterMs ?? backoffMs(row.attempts),
        outcomeUnknown: row.outcomeUnknown,
      };
    }
    if (error.kind === 'transient' && row.attempts < MAX_ATTEMPTS) {
      return {
        kind: 'retry',
        errorKind: error.kind,
        message,
        delayMs: backoffMs(row.attempts),
        outcomeUnknown: true,
      };
    }
    return { kind: 'failed', errorKind: error.kind, message: failureReason(error.kind, message) };
  }

  private async targetFor(commentId: string): Promise<ReplyTarget | null> {
    const comment = await this.dataSource.getRepository(CommentEntity).findOne({
      select: { id: true, externalId: true, parentExternalId: true, postId: true, deletedAt: true },
      where: { id: commentId },
    });
    if (!comment || comment.deletedAt) {
      return null;
    }
    const post = comment.postId
      ? await this.dataSource.getRepository(PostEntity).findOne({
          select: { id: true, externalId: true },
          where: { id: comment.postId },
        })
      : null;
    return {
      externalId: comment.externalId,
      threadRootId: post?.externalId ?? comment.externalId,
      ...(comment.parentExternalId ? { parentExternalId: comment.parentExternalId } : {}),
    };
  }

  private async record(row: ReplyOutboxEntity, attempt: Attempt): Promise<void> {
    const now = this.clock.now();
    let commentId: string | null = null;
    let statusChanged = false;
    await this.transactor.run(async (manager) => {
      const outbox = manager.getRepository(ReplyOutboxEntity);
      const reply = await manager.getRepository(ReplyEntity).findOneBy({ id: row.replyId });
      commentId = reply?.commentId ?? null;
      if (attempt.kind === 'retry') {
        await outbox.update(
          { id: row.id },
          {
            status: 'queued',
            nextAttemptAt: new Date(now.getTime() + attempt.delayMs),
            outcomeUnknown: attempt.outcomeUnknown,
            errorKind: attempt.errorKind,
            errorMessage: attempt.message,
            updatedAt: now,
          },
        );
        return;
      }
      if (attempt.kind === 'failed') {
        await outbox.update(
          { id: row.id },
          {
            status: 'failed',
            errorKind: attempt.errorKind,
            errorMessage: attempt.message,
            updatedAt: now,
          },
        );
        if (reply) {
          await this.audit.record(manager, {
            actor: null,
            action: 'reply.delivery_failed',
            targetType: 'comment',
            targetId: reply.commentId,
            details: { replyId: reply.id, errorKind: attempt.errorKind, attempts: row.attempts },
          });
        }
        return;
      }
      const postedAt = new Date(attempt.posted.postedAt);
      await outbox.update(
        { id: row.id },
        {
          status: 'posted',
          externalId: attempt.posted.externalId,
          permalink: attempt.posted.permalink ?? null,
          postedAt,
          errorKind: null,
          errorMessage: null,
          updatedAt: now,
        },
      );
      if (!reply) {
        return;
      }
      await manager.getRepository(ReplyEntity).update(
        { id: reply.id },
        {
          status: 'sent',
          sentAt: now,
          externalId: attempt.posted.externalId,
          revision: reply.revision + 1,
          updatedAt: now,
        },
      );
      ({ changed: statusChanged } = await this.comments.changeStatus(manager, {
        id: reply.commentId,
        status: 'replied',
        now,
        actor: null,
      }));
      await this.audit.record(manager, {
        actor: null,
        action: 'reply.sent',
        targetType: 'comment',
        targetId: reply.commentId,
        details: {
          replyId: reply.id,
          delivery: 'platform',
          externalId: attempt.posted.externalId,
          attempts: row.attempts,
          // Found on the platform after an attempt whose answer was lost: not posted twice.
          foundAfterUnknownOutcome: attempt.found,
        },
      });
    });
    if (commentId) {
      this.events.publish({ type: 'comment.changed', commentId, change: 'reply', userId: null });
      if (statusChanged) {
        this.events.publish({ type: 'comment.changed', commentId, change: 'status', userId: null });
      }
    }
  }
}

function failureReason(kind: string, message: string): string {
  switch (kind) {
    case 'auth_expired':
      return `The channel's token has expired: reconnect the channel, then retry. (${message})`;
    case 'permission':
      return `The account may not reply here. (${message})`;
    case 'not_found':
      return `The comment no longer exists on the platform. (${message})`;
    case 'policy':
      return `The platform refused the reply. (${message})`;
    default:
      return message;
  }
}

function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** (attempts - 1), 15 * 60_000);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
