import {
  checkReply,
  type CheckResult,
  type CommentForReply,
  type Draft,
  draftReply,
  type OrganisationSettings,
  type Violation,
} from '@bedside/compliance';
import { isReplyEditable, type ReplySource, type ReplyStatus } from '@bedside/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { ChannelConnectionEntity } from '../channels/channel-connection.entity';
import { ReplyOutboxEntity } from '../channels/sync/reply-outbox.entity';
import { CommentEntity } from '../comments/comment.entity';
import { CommentsService } from '../comments/comments.service';
import { AppError, badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { SettingsService } from '../settings/settings.service';
import { requestAiDraft } from './ai-drafter';
import { ReplyEntity } from './reply.entity';
import { TemplatesService } from './templates.service';

export const MAX_REPLY_LENGTH = 5000;

/** A suggested reply: from a template, or from the AI model when it passed the checker. */
export interface SuggestedReply extends Draft {
  source: ReplySource;
  /** Why an AI draft was not used (timeout, unreachable, failed the checker); null otherwise. */
  fallbackReason: string | null;
}

const OPEN_STATUSES: ReplyStatus[] = ['draft', 'pending_approval', 'approved', 'rejected'];

/** What the checker and the drafter know about a stored comment. */
export function commentForReply(comment: CommentEntity): CommentForReply {
  return {
    text: comment.text,
    ...(comment.channel ? { channel: comment.channel.kind } : {}),
    intents: (comment.intents ?? []).map((intent) => intent.label),
    phi: comment.phiSpans ?? [],
    ...(comment.authorName ? { authorName: comment.authorName } : {}),
  };
}

/** Whether the approval policy sends this reply to a reviewer. */
export function needsReview(
  settings: OrganisationSettings,
  comment: Pick<CommentEntity, 'urgency' | 'hasPhi'>,
  violations: readonly Violation[],
): boolean {
  switch (settings.approvalPolicy) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'flagged':
      return (
        violations.some((violation) => violation.severity === 'warn') ||
        comment.urgency === 'critical' ||
        comment.urgency === 'high' ||
        comment.hasPhi
      );
  }
}

function blockingSummary(result: CheckResult): string {
  const codes = [
    ...new Set(result.violations.filter((v) => v.severity === 'block').map((v) => v.code)),
  ];
  return `The reply does not pass the compliance check (${codes.join(', ')}). Change the highlighted wording first.`;
}

/**
 * Replies from draft to sent (C23: a person approves every reply the policy asks about; C24:
 * every step is in the audit trail). The checker runs on every save and again at each gate, so
 * a settings change between draft and send cannot slip a non-compliant reply through.
 */
@Injectable()
export class RepliesService {
  private readonly logger = new Logger(RepliesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly comments: CommentsService,
    private readonly settings: SettingsService,
    private readonly templates: TemplatesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** A reply suggested for the comment: the AI model's when enabled and compliant, else a template's. */
  async suggest(commentId: string, options: { ai: boolean }): Promise<SuggestedReply> {
    const comment = await this.loadComment(this.dataSource.manager, commentId);
    const { settings, aiDrafting: ai } = await this.settings.read();
    const input = commentForReply(comment);
    const templateDraft = draftReply(input, settings, {
      templates: await this.templates.forDrafting(),
      seed: comment.id,
    });
    const fromTemplate: SuggestedReply = {
      ...templateDraft,
      source: 'template',
      fallbackReason: null,
    };
    if (!options.ai || templateDraft.action === 'hide') {
      return fromTemplate;
    }
    if (!ai.enabled) {
      return { ...fromTemplate, fallbackReason: 'AI drafting is not enabled.' };
    }
    const outcome = await requestAiDraft(ai, input, settings);
    if (!outcome.ok) {
      this.logger.warn(`AI draft unavailable (${outcome.reason}); using a template`);
      const reasons = {
        timeout: 'The AI model did not answer in time.',
        unreachable: 'The AI model could not be reached.',
        bad_response: 'The AI model sent an answer Bedside could not read.',
      };
      return { ...fromTemplate, fallbackReason: reasons[outcome.reason] };
    }
    const check = checkReply(outcome.text, { comment: input, settings });
    if (!check.compliant) {
      const codes = [...new Set(check.violations.map((violation) => violation.code))];
      return {
        ...fromTemplate,
        fallbackReason: `The AI draft failed the compliance check (${codes.join(', ')}), so a template was used.`,
      };
    }
    return {
      reply: outcome.text,
      template: 'ai',
      situation: templateDraft.situation,
      action: 'reply',
      violations: check.violations,
      source: 'ai',
      fallbackReason: null,
    };
  }

  /** The checker's verdict on a text as a reply to the comment. */
  async check(commentId: string, body: string): Promise<CheckResult> {
    const comment = await this.loadComment(this.dataSource.manager, commentId);
    return checkReply(body, {
      comment: commentForReply(comment),
      settings: await this.settings.get(),
    });
  }

  /**
   * Saves the text of the comment's open reply, creating it if there is none. Editing a reply
   * that was submitted or approved takes it back to draft: an approval covers one text only.
   */
  async save(
    actor: Actor,
    input: {
      commentId: string;
      body: string;
      source: ReplySource;
      templateKey?: string | null;
      expectedRevision?: number | null;
    },
  ): Promise<ReplyEntity> {
    const body = input.body.trim();
    if (body.length === 0 || body.length > MAX_REPLY_LENGTH) {
      throw badInput(`A reply holds 1 to ${MAX_REPLY_LENGTH.toLocaleString('en-US')} characters.`);
    }
    const settings = await this.settings.get();
    const now = this.clock.now();
    const reply = await this.transactor.run(async (manager) => {
      const comment = await this.loadComment(manager, input.commentId);
      const result = checkReply(body, { comment: commentForReply(comment), settings });
      const repository = manager.getRepository(ReplyEntity);
      const open = await this.openReply(manager, comment.id);
      if (open) {
        await this.assertNotPosting(manager, open.id);
      }
      if (open && input.expectedRevision != null && open.revision !== input.expectedRevision) {
        throw new AppError(
          'CONFLICT',
          'Someone else changed this reply first. Reload it and try again.',
        );
      }
      if (open) {
        const wasReviewed = !isReplyEditable(open.status);
        const next: ReplyEntity = {
          ...open,
          body,
          source: input.source,
          templateKey: input.templateKey ?? null,
          violations: result.violations,
          rulesVersion: result.rulesVersion,
          status: 'draft',
          submittedAt: null,
          warningsAcknowledged: false,
          revision: open.revision + 1,
          updatedAt: now,
        };
        await repository.save(next);
        await this.audit.record(manager, {
          actor,
          action: 'reply.edited',
          targetType: 'comment',
          targetId: comment.id,
          details: {
            replyId: open.id,
            from: open.status,
            approvalWithdrawn: wasReviewed,
            violations: result.violations.map((violation) => violation.code),
          },
        });
        return next;
      }
      const created: ReplyEntity = {
        id: newId(),
        commentId: comment.id,
        body,
        status: 'draft',
        source: input.source,
        templateKey: input.templateKey ?? null,
        violations: result.violations,
        rulesVersion: result.rulesVersion,
        authorId: actor.userId,
        authorName: actor.displayName,
        submittedAt: null,
        reviewerId: null,
        reviewerName: null,
        reviewedAt: null,
        reviewNote: null,
        warningsAcknowledged: false,
        sentAt: null,
        sentById: null,
        delivery: null,
        externalId: null,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      };
      await repository.insert(created);
      await this.audit.record(manager, {
        actor,
        action: 'reply.drafted',
        targetType: 'comment',
        targetId: comment.id,
        details: {
          replyId: created.id,
          source: created.source,
          templateKey: created.templateKey,
          violations: result.violations.map((violation) => violation.code),
        },
      });
      return created;
    });
    this.publishChange(reply.commentId, actor);
    return reply;
  }

  /** Submits a draft: to a reviewer when the approval policy asks for one, else approved at once. */
  async submit(actor: Actor, replyId: string): Promise<ReplyEntity> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const reply = await this.transactor.run(async (manager) => {
      const reply = await this.loadReply(manager, replyId);
      if (!isReplyEditable(reply.status)) {
        throw badInput('Only a draft or a reply with changes requested can be submitted.');
      }
      const comment = await this.loadComment(manager, reply.commentId);
      const result = checkReply(reply.body, { comment: commentForReply(comment), settings });
      if (!result.compliant) {
        throw badInput(blockingSummary(result));
      }
      const review = needsReview(settings, comment, result.violations);
      const next: ReplyEntity = {
        ...reply,
        violations: result.violations,
        rulesVersion: result.rulesVersion,
        status: review ? 'pending_approval' : 'approved',
        submittedAt: now,
        reviewerId: null,
        reviewerName: null,
        reviewedAt: null,
        reviewNote: null,
        revision: reply.revision + 1,
        updatedAt: now,
      };
      await manager.getRepository(ReplyEntity).save(next);
      await this.audit.record(manager, {
        actor,
        action: review ? 'reply.submitted' : 'reply.approved_by_policy',
        targetType: 'comment',
        targetId: reply.commentId,
        details: {
          replyId: reply.id,
          policy: settings.approvalPolicy,
          rulesVersion: result.rulesVersion,
          warnings: result.violations.map((violation) => violation.code),
        },
      });
      return next;
    });
    this.publishChange(reply.commentId, actor);
    return reply;
  }

  /** A reviewer approves a submitted reply; warnings must be acknowledged, and never one's own. */
  async approve(
    actor: Actor,
    input: { replyId: string; acknowledgeWarnings?: boolean | null; note?: string | null },
  ): Promise<ReplyEntity> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const reply = await this.transactor.run(async (manager) => {
      const reply = await this.loadReply(manager, input.replyId);
      if (reply.status !== 'pending_approval') {
        throw badInput('Only a reply awaiting approval can be approved.');
      }
      if (reply.authorId !== null && reply.authorId === actor.userId) {
        throw new AppError('FORBIDDEN', 'Another reviewer must approve a reply you wrote.');
      }
      const comment = await this.loadComment(manager, reply.commentId);
      const result = checkReply(reply.body, { comment: commentForReply(comment), settings });
      if (!result.compliant) {
        throw badInput(blockingSummary(result));
      }
      const warnings = result.violations.filter((violation) => violation.severity === 'warn');
      if (warnings.length > 0 && !input.acknowledgeWarnings) {
        throw badInput(
          'This reply has compliance warnings: read them and acknowledge them to approve.',
        );
      }
      const next: ReplyEntity = {
        ...reply,
        violations: result.violations,
        rulesVersion: result.rulesVersion,
        status: 'approved',
        reviewerId: actor.userId,
        reviewerName: actor.displayName,
        reviewedAt: now,
        reviewNote: input.note?.trim() || null,
        warningsAcknowledged: warnings.length > 0,
        revision: reply.revision + 1,
        updatedAt: now,
      };
      await manager.getRepository(ReplyEntity).save(next);
      await this.audit.record(manager, {
        actor,
        action: 'reply.approved',
        targetType: 'comment',
        targetId: reply.commentId,
        details: {
          replyId: reply.id,
          rulesVersion: result.rulesVersion,
          acknowledgedWarnings: warnings.map((violation) => violation.code),
        },
      });
      return next;
    });
    this.publishChange(reply.commentId, actor);
    return reply;
  }

  /** A reviewer sends a submitted reply back with a reason; its author edits and resubmits. */
  async reject(actor: Actor, input: { replyId: string; reason: string }): Promise<ReplyEntity> {
    const reason = input.reason.trim();
    if (reason.length === 0 || reason.length > 2000) {
      throw badInput('Say what needs to change (1 to 2,000 characters).');
    }
    const now = this.clock.now();
    const reply = await this.transactor.run(async (manager) => {
      const reply = await this.loadReply(manager, input.replyId);
      if (reply.status !== 'pending_approval') {
        throw badInput('Only a reply awaiting approval can be rejected.');
      }
      const next: ReplyEntity = {
        ...reply,
        status: 'rejected',
        reviewerId: actor.userId,
        reviewerName: actor.displayName,
        reviewedAt: now,
        reviewNote: reason,
        revision: reply.revision + 1,
        updatedAt: now,
      };
      await manager.getRepository(ReplyEntity).save(next);
      // The reason may quote the reply: the trail records the decision, the reply row the words.
      await this.audit.record(manager, {
        actor,
        action: 'reply.rejected',
        targetType: 'comment',
        targetId: reply.commentId,
        details: { replyId: reply.id },
      });
      return next;
    });
    this.publishChange(reply.commentId, actor);
    return reply;
  }

  /**
   * Sends an approved reply. A connected channel posts it through its connector: the reply is
   * queued in the outbox in this transaction and becomes SENT when the platform has it. Channels
   * without a connector (or `manual`, after a failed posting) are answered by hand: the person
   * copies the reply to the platform and Bedside records it as sent. Either way the comment becomes
   * REPLIED when the reply is out, which stops its first-response clock.
   */
  async send(
    actor: Actor,
    replyId: string,
    options: { manual?: boolean } = {},
  ): Promise<ReplyEntity> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    let statusChanged = false;
    let queued = false;
    const reply = await this.transactor.run(async (manager) => {
      const reply = await this.loadReply(manager, replyId);
      if (reply.status !== 'approved') {
        throw badInput(
          reply.status === 'sent'
            ? 'This reply was already sent.'
            : 'Only an approved reply can be sent. Submit it first.',
        );
      }
      const comment = await this.loadComment(manager, reply.commentId);
      const result = checkReply(reply.body, { comment: commentForReply(comment), settings });
      if (!result.compliant) {
        throw badInput(blockingSummary(result));
      }
      const outbox = await manager.getRepository(ReplyOutboxEntity).findOneBy({ replyId });
      if (outbox && outbox.status !== 'failed') {
        throw badInput('This reply is already being posted.');
      }
      if (!options.manual && (await this.isConnected(manager, comment.channelId))) {
        queued = true;
        return this.queueForPlatform(manager, actor, reply, outbox, result.rulesVersion, now);
      }
      const next: ReplyEntity = {
        ...reply,
        status: 'sent',
        sentAt: now,
        sentById: actor.userId,
        delivery: 'manual',
        revision: reply.revision + 1,
        updatedAt: now,
      };
      await manager.getRepository(ReplyEntity).save(next);
      ({ changed: statusChanged } = await this.comments.changeStatus(manager, {
        id: reply.commentId,
        status: 'replied',
        now,
        actor,
      }));
      await this.audit.record(manager, {
        actor,
        action: 'reply.sent',
        targetType: 'comment',
        targetId: reply.commentId,
        details: { replyId: reply.id, delivery: next.delivery, rulesVersion: result.rulesVersion },
      });
      return next;
    });
    this.publishChange(reply.commentId, actor);
    if (queued) {
      this.events.publish({ type: 'replies.queued' });
    }
    if (statusChanged) {
      this.events.publish({
        type: 'comment.changed',
        commentId: reply.commentId,
        change: 'status',
        userId: actor.userId,
      });
    }
    return reply;
  }

  /** Puts a reply whose posting failed back in the outbox (after reconnecting a channel, say). */
  async retryDelivery(actor: Actor, replyId: string): Promise<ReplyEntity> {
    const now = this.clock.now();
    const reply = await this.transactor.run(async (manager) => {
      const reply = await this.loadReply(manager, replyId);
      const outbox = await manager.getRepository(ReplyOutboxEntity).findOneBy({ replyId });
      if (reply.status !== 'approved' || outbox?.status !== 'failed') {
        throw badInput('Only a reply whose posting failed can be retried.');
      }
      // `outcomeUnknown` stays: if an earlier attempt may have landed, the retry looks first.
      await manager
        .getRepository(ReplyOutboxEntity)
        .update(
          { id: outbox.id },
          {
            status: 'queued',
            nextAttemptAt: now,
            errorKind: null,
            errorMessage: null,
            updatedAt: now,
          },
        );
      await this.audit.record(manager, {
        actor,
        action: 'reply.delivery_retried',
        targetType: 'comment',
        targetId: reply.commentId,
        details: { replyId: reply.id },
      });
      return reply;
    });
    this.publishChange(reply.commentId, actor);
    this.events.publish({ type: 'replies.queued' });
    return reply;
  }

  /** A reply on its way to the platform may not change: the platform would get the old words. */
  private async assertNotPosting(manager: EntityManager, replyId: string): Promise<void> {
    const outbox = await manager.getRepository(ReplyOutboxEntity).findOneBy({ replyId });
    if (outbox && (outbox.status === 'queued' || outbox.status === 'posting')) {
      throw badInput('This reply is being posted to the platform and can no longer change.');
    }
  }

  private async isConnected(manager: EntityManager, channelId: string): Promise<boolean> {
    const connection = await manager
      .getRepository(ChannelConnectionEntity)
      .findOneBy({ channelId, state: 'active' });
    return connection !== null;
  }

  private async queueForPlatform(
    manager: EntityManager,
    actor: Actor,
    reply: ReplyEntity,
    previous: ReplyOutboxEntity | null,
    rulesVersion: string,
    now: Date,
  ): Promise<ReplyEntity> {
    const comment = await this.loadComment(manager, reply.commentId);
    const outbox = manager.getRepository(ReplyOutboxEntity);
    if (previous) {
      await outbox.update(
        { id: previous.id },
        {
          status: 'queued',
          nextAttemptAt: now,
          errorKind: null,
          errorMessage: null,
          updatedAt: now,
        },
      );
    } else {
      await outbox.insert({
        id: newId(),
        replyId: reply.id,
        channelId: comment.channelId,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: now,
        firstAttemptAt: null,
        outcomeUnknown: false,
        externalId: null,
        permalink: null,
        postedAt: null,
        errorKind: null,
        errorMessage: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    const next: ReplyEntity = {
      ...reply,
      sentById: actor.userId,
      delivery: 'platform',
      revision: reply.revision + 1,
      updatedAt: now,
    };
    await manager.getRepository(ReplyEntity).save(next);
    await this.audit.record(manager, {
      actor,
      action: 'reply.queued',
      targetType: 'comment',
      targetId: reply.commentId,
      details: { replyId: reply.id, delivery: 'platform', rulesVersion },
    });
    return next;
  }

  /** Deletes the comment's open draft (not one awaiting approval or approved). */
  async discard(actor: Actor, replyId: string): Promise<boolean> {
    const reply = await this.transactor.run(async (manager) => {
      const reply = await this.loadReply(manager, replyId);
      if (reply.status === 'sent') {
        throw badInput('A sent reply stays on record.');
      }
      await this.assertNotPosting(manager, reply.id);
      await manager.getRepository(ReplyEntity).delete({ id: reply.id });
      await this.audit.record(manager, {
        actor,
        action: 'reply.discarded',
        targetType: 'comment',
        targetId: reply.commentId,
        details: { replyId: reply.id, from: reply.status },
      });
      return reply;
    });
    this.publishChange(reply.commentId, actor);
    return true;
  }

  /** Every reply to each comment, newest first. */
  async forComments(commentIds: readonly string[]): Promise<Map<string, ReplyEntity[]>> {
    const rows = await this.dataSource.getRepository(ReplyEntity).find({
      where: { commentId: In([...commentIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const byComment = new Map<string, ReplyEntity[]>(commentIds.map((id) => [id, []]));
    for (const row of rows) {
      byComment.get(row.commentId)?.push(row);
    }
    return byComment;
  }

  /** Replies awaiting a reviewer, oldest submission first. */
  approvalQueue(limit: number): Promise<ReplyEntity[]> {
    return this.dataSource.getRepository(ReplyEntity).find({
      where: { status: 'pending_approval' },
      order: { submittedAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  countAwaitingApproval(): Promise<number> {
    return this.dataSource.getRepository(ReplyEntity).countBy({ status: 'pending_approval' });
  }

  private openReply(manager: EntityManager, commentId: string): Promise<ReplyEntity | null> {
    return manager.getRepository(ReplyEntity).findOne({
      where: { commentId, status: In(OPEN_STATUSES) },
      order: { createdAt: 'DESC' },
    });
  }

  private async loadReply(manager: EntityManager, id: string): Promise<ReplyEntity> {
    const reply = await manager.getRepository(ReplyEntity).findOneBy({ id });
    if (!reply) {
      throw notFound('The reply');
    }
    return reply;
  }

  private async loadComment(manager: EntityManager, id: string): Promise<CommentEntity> {
    const comment = await manager
      .getRepository(CommentEntity)
      .findOne({ where: { id }, relations: { channel: true } });
    if (!comment) {
      throw notFound('The comment');
    }
    return comment;
  }

  private publishChange(commentId: string, actor: Actor): void {
    this.events.publish({
      type: 'comment.changed',
      commentId,
      change: 'reply',
      userId: actor.userId,
    });
  }
}
