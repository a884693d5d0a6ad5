import {
  isModerationReasonCode,
  type ModerationActionState,
  type ModerationReasonCode,
  type PlatformModerationOutcome,
  roleAtLeast,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CaseCommentEntity } from '../cases/case-comment.entity';
import { CasesService } from '../cases/cases.service';
import { CommentEntity } from '../comments/comment.entity';
import { CommentsService } from '../comments/comments.service';
import { AppError, badInput, notFound } from '../common/app-error';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { newId } from '../common/ids';
import { insertRows } from '../database/bulk-insert';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import {
  DEFAULT_MODERATION_ACTIONS_PAGE,
  MAX_MODERATION_ACTIONS_PAGE,
} from './dto/moderation.inputs';
import { statusAfter } from './moderation.mapper';
import { ModerationActionEntity } from './moderation-action.entity';
import { PlatformSync } from './platform-sync';

const CURSOR_ORDER = 'moderation-newest';
const ALIAS = 'action';

export interface ModerationActionFilter {
  automatic?: boolean | null;
  state?: ModerationActionState | null;
}

export interface ModerationActionPage {
  edges: { cursor: string; node: ModerationActionEntity }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Who acts and when; every use case takes both so tests can fix the time. */
interface Acting {
  actor: Actor;
  now: Date;
}

const conflict = (message: string): AppError => new AppError('CONFLICT', message);

/**
 * What people do with moderation: hide and unhide by hand (with a community-guidelines reason,
 * C22), undo any action in one click, confirm a hold, and read the log. Every change writes its
 * audit event in its transaction, publishes `comment.changed` after commit, then mirrors the
 * change on the platform when a connector can.
 */
@Injectable()
export class ModerationActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly comments: CommentsService,
    private readonly cases: CasesService,
    private readonly platform: PlatformSync,
    private readonly events: DomainEvents,
  ) {}

  /** One keyset page of actions, newest first. */
  async list(request: {
    filter: ModerationActionFilter;
    first?: number | null;
    after?: string | null;
  }): Promise<ModerationActionPage> {
    const first = Math.min(
      Math.max(request.first ?? DEFAULT_MODERATION_ACTIONS_PAGE, 1),
      MAX_MODERATION_ACTIONS_PAGE,
    );
    const qb = this.filtered(request.filter)
      .orderBy(`${ALIAS}.appliedAt`, 'DESC')
      .addOrderBy(`${ALIAS}.id`, 'DESC')
      .limit(first + 1);
    if (request.after) {
      const [appliedAt, id] = decodeCursor(CURSOR_ORDER, request.after, 2);
      const date = typeof appliedAt === 'string' ? new Date(appliedAt) : null;
      if (!date || Number.isNaN(date.getTime()) || typeof id !== 'string') {
        throw badInput('The "after" cursor is not valid. Start again from the first page.');
      }
      qb.andWhere(`(${ALIAS}.appliedAt, ${ALIAS}.id) < (:appliedAt, :id)`, {
        appliedAt: date,
        id,
      });
    }
    const rows = await qb.getMany();
    return {
      edges: rows.slice(0, first).map((node) => ({
        cursor: encodeCursor(CURSOR_ORDER, [node.appliedAt.toISOString(), node.id]),
        node,
      })),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(request.after),
    };
  }

  count(filter: ModerationActionFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  findById(id: string): Promise<ModerationActionEntity | null> {
    return this.dataSource.getRepository(ModerationActionEntity).findOneBy({ id });
  }

  /** The actions on each comment, newest first. */
  async forComments(commentIds: readonly string[]): Promise<Map<string, ModerationActionEntity[]>> {
    const rows = await this.dataSource.getRepository(ModerationActionEntity).find({
      where: { commentId: In([...commentIds]) },
      order: { appliedAt: 'DESC', id: 'DESC' },
    });
    const byComment = new Map<string, ModerationActionEntity[]>(commentIds.map((id) => [id, []]));
    for (const row of rows) {
      byComment.get(row.commentId)?.push(row);
    }
    return byComment;
  }

  /** Hides a comment by hand, for a community-guidelines reason. */
  async hide(
    request: Acting & { commentId: string; reasonCode: ModerationReasonCode },
  ): Promise<ModerationActionEntity> {
    const { actor } = request;
    if (!isModerationReasonCode(request.reasonCode)) {
      throw badInput('Choose a reason from the community guidelines.');
    }
    const action = await this.transactor.run(async (manager) => {
      const comment = await manager
        .getRepository(CommentEntity)
        .findOne({ where: { id: request.commentId }, relations: { channel: true } });
      if (!comment) {
        throw notFound('The comment');
      }
      if (comment.status === 'hidden') {
        throw badInput('The comment is already hidden.');
      }
      return this.recordHide(
        manager,
        comment,
        request,
        this.platform.outcomeFor(comment.channelId),
      );
    });
    return this.afterChange(action, actor);
  }

  /**
   * Deletes someone else's comment on its platform (spam, abuse) where the channel's connector
   * can, for a community-guidelines reason; it is hidden in Bedside too. The platform call comes
   * first: when the platform refuses, nothing changes here and the reason is shown. Irreversible,
   * so reviewers only.
   */
  async deleteOnPlatform(
    request: Acting & { commentId: string; reasonCode: ModerationReasonCode },
  ): Promise<ModerationActionEntity> {
    const { actor, now } = request;
    if (!isModerationReasonCode(request.reasonCode)) {
      throw badInput('Choose a reason from the community guidelines.');
    }
    const comment = await this.dataSource
      .getRepository(CommentEntity)
      .findOne({ where: { id: request.commentId }, relations: { channel: true } });
    if (!comment?.channel) {
      throw notFound('The comment');
    }
    if (comment.deletedAt) {
      throw badInput('The comment is already deleted on the platform.');
    }
    const result = await this.platform.delete({
      channelId: comment.channelId,
      channel: comment.channel.kind,
      externalId: comment.externalId,
    });
    if (result.outcome === 'no_connector') {
      throw badInput('This channel cannot delete comments from Bedside: hide it instead.');
    }
    if (result.outcome === 'failed') {
      throw badInput(`The platform refused to delete the comment (${result.code}).`);
    }
    const action = await this.transactor.run(async (manager) => {
      const current = await manager
        .getRepository(CommentEntity)
        .findOneByOrFail({ id: comment.id });
      await manager.getRepository(CommentEntity).update({ id: comment.id }, { deletedAt: now });
      await this.audit.record(manager, {
        actor,
        action: 'comment.deleted_on_platform',
        targetType: 'comment',
        targetId: comment.id,
        details: { reasonCode: request.reasonCode, channel: comment.channel?.kind ?? null },
      });
      if (current.status === 'hidden') {
        return null;
      }
      return this.recordHide(manager, current, request, 'done');
    });
    if (!action) {
      const latest = (await this.forComments([comment.id])).get(comment.id)?.[0];
      if (!latest) {
        throw notFound('The moderation action');
      }
      return latest;
    }
    return this.afterChange(action, actor);
  }

  private async recordHide(
    manager: EntityManager,
    comment: CommentEntity,
    request: Acting & { reasonCode: ModerationReasonCode },
    platform: PlatformModerationOutcome,
  ): Promise<ModerationActionEntity> {
    const { actor, now } = request;
    await this.comments.changeStatus(manager, {
      id: comment.id,
      status: 'hidden',
      now,
      actor,
    });
    const action: ModerationActionEntity = {
      id: newId(),
      commentId: comment.id,
      kind: 'hide',
      automatic: false,
      ruleId: null,
      ruleName: null,
      condition: null,
      reasonCode: request.reasonCode,
      explanation: null,
      team: null,
      caseId: null,
      previousStatus: comment.status,
      revision: comment.revision,
      state: 'applied',
      platform,
      appliedAt: now,
      appliedById: actor.userId,
      appliedByName: actor.displayName,
      decidedAt: null,
      decidedById: null,
      decidedByName: null,
    };
    await insertRows(manager, ModerationActionEntity, [action]);
    await this.audit.record(manager, {
      actor,
      action: 'moderation.applied',
      targetType: 'comment',
      targetId: comment.id,
      details: {
        automatic: false,
        actionId: action.id,
        action: 'hide',
        reasonCode: action.reasonCode,
        from: action.previousStatus,
        to: 'hidden',
        revision: action.revision,
      },
    });
    return action;
  }

  /**
   * Shows a hidden comment again by undoing its latest hide or hold. A rule's action or a hold
   * is a moderation decision, so only a reviewer may reverse it; a comment hidden through its
   * status alone goes back to new.
   */
  async unhide(request: Acting & { commentId: string }): Promise<CommentEntity> {
    const comment = await this.comments.findById(request.commentId);
    if (!comment) {
      throw notFound('The comment');
    }
    if (comment.status !== 'hidden') {
      throw badInput('The comment is not hidden.');
    }
    const latest = await this.dataSource.getRepository(ModerationActionEntity).findOne({
      where: {
        commentId: comment.id,
        kind: In(['hide', 'hold']),
        state: In(['applied', 'confirmed']),
      },
      order: { appliedAt: 'DESC', id: 'DESC' },
    });
    if (!latest) {
      return this.comments.updateStatus(comment.id, 'new', request.now, request.actor);
    }
    if (
      (latest.automatic || latest.kind === 'hold') &&
      !roleAtLeast(request.actor.role, 'reviewer')
    ) {
      throw new AppError(
        'FORBIDDEN',
        'A rule hid or held this comment: a reviewer decides whether it comes back.',
      );
    }
    await this.undo({ ...request, id: latest.id });
    return (await this.comments.findById(comment.id)) ?? comment;
  }

  /**
   * Undoes an action in one click: the comment gets back the status the action replaced, and an
   * assignment's case is removed if nobody has worked on it yet. Refused (CONFLICT) when a
   * person has moved the comment or the case on since.
   */
  async undo(request: Acting & { id: string }): Promise<ModerationActionEntity> {
    const { actor, now } = request;
    const result = await this.transactor.run(async (manager) => {
      const action = await this.requireAction(manager, request.id);
      if (action.state === 'undone') {
        throw badInput('This action has already been undone.');
      }
      const comment = await manager
        .getRepository(CommentEntity)
        .findOneBy({ id: action.commentId });
      if (!comment) {
        throw notFound('The comment');
      }
      if (comment.status !== statusAfter(action)) {
        throw conflict('Someone has changed the comment’s status since: there is nothing to undo.');
      }
      let caseDiscarded = false;
      if (action.kind === 'assign_team' && action.caseId) {
        const discard = await this.cases.discardUntouched(manager, {
          caseId: action.caseId,
          actor,
        });
        if (!discard.discarded) {
          throw conflict(
            `Someone has worked on case C-${discard.number ?? ''} since; change it from the case page.`,
          );
        }
        caseDiscarded = true;
      }
      const stillInACase =
        action.kind === 'assign_team' &&
        (await manager.getRepository(CaseCommentEntity).existsBy({ commentId: comment.id }));
      if (!stillInACase) {
        await this.comments.changeStatus(manager, {
          id: comment.id,
          status: action.previousStatus,
          now,
          actor,
        });
      }
      const undone: ModerationActionEntity = {
        ...action,
        // The discarded case is gone; the audit event below still names it.
        caseId: caseDiscarded ? null : action.caseId,
        state: 'undone',
        // What the platform hid must come back there too.
        platform: action.platform === 'done' ? 'pending' : action.platform,
        decidedAt: now,
        decidedById: actor.userId,
        decidedByName: actor.displayName,
      };
      await manager.getRepository(ModerationActionEntity).save(undone);
      await this.audit.record(manager, {
        actor,
        action: 'moderation.undone',
        targetType: 'comment',
        targetId: comment.id,
        details: {
          automatic: action.automatic,
          actionId: action.id,
          ruleId: action.ruleId,
          action: action.kind,
          from: comment.status,
          to: stillInACase ? comment.status : action.previousStatus,
          revision: comment.revision,
          caseId: action.caseId,
          caseDiscarded,
        },
      });
      return { action: undone, discardedCaseId: caseDiscarded ? action.caseId : null };
    });
    if (result.discardedCaseId) {
      this.cases.publish(result.discardedCaseId, [], actor);
    }
    return this.afterChange(result.action, actor);
  }

  /** A moderator keeps a held comment hidden: the hold becomes a confirmed hide. */
  async confirm(request: Acting & { id: string }): Promise<ModerationActionEntity> {
    const { actor, now } = request;
    const action = await this.transactor.run(async (manager) => {
      const action = await this.requireAction(manager, request.id);
      if (action.kind !== 'hold' || action.state !== 'applied') {
        throw badInput('Only a hold that is still waiting can be confirmed.');
      }
      const confirmed: ModerationActionEntity = {
        ...action,
        state: 'confirmed',
        decidedAt: now,
        decidedById: actor.userId,
        decidedByName: actor.displayName,
      };
      await manager.getRepository(ModerationActionEntity).save(confirmed);
      await this.audit.record(manager, {
        actor,
        action: 'moderation.confirmed',
        targetType: 'comment',
        targetId: action.commentId,
        details: {
          automatic: action.automatic,
          actionId: action.id,
          ruleId: action.ruleId,
          action: action.kind,
          revision: action.revision,
        },
      });
      return confirmed;
    });
    return this.afterChange(action, actor);
  }

  /** Announces a committed change, mirrors it on the platform, and returns the action as stored. */
  private async afterChange(
    action: ModerationActionEntity,
    actor: Actor,
  ): Promise<ModerationActionEntity> {
    this.events.publish({
      type: 'comment.changed',
      commentId: action.commentId,
      change: 'status',
      userId: actor.userId,
    });
    if (action.platform === 'pending') {
      await this.platform.mirror([action.id]);
      return (await this.findById(action.id)) ?? action;
    }
    return action;
  }

  private async requireAction(manager: EntityManager, id: string): Promise<ModerationActionEntity> {
    const action = await manager.getRepository(ModerationActionEntity).findOne({
      where: { id },
      ...(this.dataSource.options.type === 'postgres'
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {}),
    });
    if (!action) {
      throw notFound('The moderation action');
    }
    return action;
  }

  private filtered(filter: ModerationActionFilter): SelectQueryBuilder<ModerationActionEntity> {
    const qb = this.dataSource.getRepository(ModerationActionEntity).createQueryBuilder(ALIAS);
    if (filter.automatic != null) {
      qb.andWhere(`${ALIAS}.automatic = :automatic`, { automatic: filter.automatic });
    }
    if (filter.state != null) {
      qb.andWhere(`${ALIAS}.state = :state`, { state: filter.state });
    }
    return qb;
  }
}
