import {
  CASE_CATEGORY_LABELS,
  type CaseCategory,
  casePriority,
  type CaseStatus,
  type CaseTeam,
  CHANNEL_KIND_LABELS,
  checkCaseTransition,
  dueAt,
  FIRST_CASE_NUMBER,
  isCaseCategory,
  isCaseStatus,
  isCaseTeam,
  MAX_CASE_NOTE_LENGTH,
  MAX_CASE_TITLE_LENGTH,
  type SlaMinutes,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CommentEntity } from '../comments/comment.entity';
import { CommentsService } from '../comments/comments.service';
import { badInput, notFound } from '../common/app-error';
import { newId } from '../common/ids';
import { insertRows } from '../database/bulk-insert';
import { runSql } from '../database/raw-query';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { SlaService } from '../sla/sla.service';
import { UserEntity } from '../users/user.entity';
import { CaseEntity } from './case.entity';
import { CaseCommentEntity } from './case-comment.entity';
import { CaseEventEntity, type CaseEventKind } from './case-event.entity';
import { applyCaseFilter, applyCaseKeyset, CASE_ALIAS, caseCursor } from './case-query';
import { CaseOrder } from './dto/case-enums';
import { type CaseFilter, DEFAULT_CASE_PAGE_SIZE, MAX_CASE_PAGE_SIZE } from './dto/cases.args';

/** At most this many comments open one case: the same person on a few channels, not a campaign. */
export const MAX_COMMENTS_PER_CASE_OPENING = 20;

/** PostgreSQL advisory-lock key that serialises case numbering (SQLite runs one writer anyway). */
const CASE_NUMBER_LOCK = 7_370_002;

export interface CasePage {
  edges: { cursor: string; node: CaseEntity }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Who acts and when: every use case takes both, so tests can fix the time. */
interface Acting {
  actor: Actor;
  now: Date;
}

/** A case opened inside a larger transaction; a null actor is the system. */
export interface OpenCaseRequest {
  actor: Actor | null;
  now: Date;
  commentIds: readonly string[];
  category: CaseCategory;
  team: CaseTeam;
  assigneeId?: string | null;
  title: string | null;
  note: string | null;
  minutes: SlaMinutes;
}

export interface OpenedCase {
  entity: CaseEntity;
  /** Comments the opening moved to `escalated` (those already there are not). */
  moved: string[];
}

export interface EscalateRequest extends Acting {
  commentIds: readonly string[];
  category: CaseCategory;
  team: CaseTeam;
  assigneeId?: string | null;
  title?: string | null;
  note?: string | null;
}

export interface UpdateCaseRequest extends Acting {
  id: string;
  team?: CaseTeam | null;
  /** null unassigns; undefined leaves the assignee as it is. */
  assigneeId?: string | null;
  priority?: Urgency | null;
  category?: CaseCategory | null;
}

/** The timeline entries of one change, written in its transaction. */
interface EventDetails {
  from?: string | null;
  to?: string | null;
  text?: string | null;
  commentId?: string | null;
  [key: string]: unknown;
}

/**
 * Escalation cases. Every change writes a timeline entry (case_events) and an audit event in the
 * same transaction, and publishes `case.changed` once it has committed. Notes, titles and
 * resolution notes may name a patient: they go to the timeline only, never to the audit trail
 * or the logs.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly comments: CommentsService,
    private readonly sla: SlaService,
    private readonly events: DomainEvents,
  ) {}

  /** Opens a case from comments, which become `escalated`; due by the SLA of its priority. */
  async escalate(request: EscalateRequest): Promise<CaseEntity> {
    const commentIds = [...new Set(request.commentIds)];
    if (commentIds.length === 0 || commentIds.length > MAX_COMMENTS_PER_CASE_OPENING) {
      throw badInput(`A case opens with 1 to ${MAX_COMMENTS_PER_CASE_OPENING} comments.`);
    }
    const category = requireCategory(request.category);
    const team = requireTeam(request.team);
    const title = optionalText(request.title, 'The title', MAX_CASE_TITLE_LENGTH);
    const note = optionalText(request.note, 'The note', MAX_CASE_NOTE_LENGTH);
    const minutes = await this.sla.minutes();
    const { entity, moved } = await this.transactor.run((manager) =>
      this.open(manager, { ...request, commentIds, category, team, title, note, minutes }),
    );
    this.publish(entity.id, commentIds, request.actor, moved);
    return entity;
  }

  /**
   * Opens a case inside the caller's transaction, with validated fields; `actor` null is the
   * system (a moderation rule at ingestion). Returns the ids of the comments it moved to
   * `escalated`; the caller publishes with `publish` once the transaction has committed.
   */
  async open(manager: EntityManager, request: OpenCaseRequest): Promise<OpenedCase> {
    const { actor, now, commentIds, category, team, note, minutes } = request;
    const comments = await manager
      .getRepository(CommentEntity)
      .find({ where: { id: In([...commentIds]) }, relations: { channel: true } });
    if (comments.length !== commentIds.length) {
      throw notFound('The comment');
    }
    const assignee = request.assigneeId
      ? await this.requireAssignee(manager, request.assigneeId)
      : null;
    const priority = casePriority(comments.map((comment) => comment.urgency));
    const entity: CaseEntity = {
      id: newId(),
      number: await this.nextNumber(manager),
      title: request.title ?? defaultTitle(category, comments),
      category,
      priority,
      team,
      assigneeId: assignee?.id ?? null,
      status: 'open',
      dueAt: dueAt(now, minutes[priority]),
      createdAt: now,
      createdById: actor?.userId ?? null,
      resolvedAt: null,
      resolutionNote: null,
      updatedAt: now,
    };
    await manager.getRepository(CaseEntity).insert(entity);
    await manager.getRepository(CaseCommentEntity).insert(
      commentIds.map((commentId) => ({
        caseId: entity.id,
        commentId,
        addedAt: now,
        addedById: actor?.userId ?? null,
      })),
    );
    const record = this.timeline(manager, entity.id, request);
    await record('opened', { category, team, priority, commentIds: [...commentIds] });
    if (assignee) {
      await record('assigned', { from: null, to: assignee.displayName, toId: assignee.id });
    }
    if (note) {
      await record('note_added', { text: note });
    }
    const moved = await this.escalateComments(manager, commentIds, request);
    await this.audit.record(manager, {
      actor,
      action: 'case.opened',
      targetType: 'case',
      targetId: entity.id,
      details: {
        number: entity.number,
        category,
        team,
        priority,
        commentIds: [...commentIds],
        assigneeId: entity.assigneeId,
        withNote: note !== null,
      },
    });
    return { entity, moved };
  }

  /**
   * Deletes a case nobody has touched since it was opened (still open, one comment, nothing on
   * its timeline but the opening), inside the caller's transaction: how an automatic assignment
   * is undone. Returns false, deleting nothing, once someone has worked on it.
   */
  async discardUntouched(
    manager: EntityManager,
    request: { caseId: string; actor: Actor },
  ): Promise<{ discarded: boolean; number: number | null }> {
    const entity = await manager.getRepository(CaseEntity).findOneBy({ id: request.caseId });
    if (!entity) {
      return { discarded: true, number: null };
    }
    const links = await manager.getRepository(CaseCommentEntity).countBy({ caseId: entity.id });
    const events = await manager.getRepository(CaseEventEntity).findBy({ caseId: entity.id });
    const untouched =
      entity.status === 'open' &&
      entity.assigneeId === null &&
      links <= 1 &&
      events.every((event) => event.kind === 'opened');
    if (!untouched) {
      return { discarded: false, number: entity.number };
    }
    await manager.getRepository(CaseEntity).delete({ id: entity.id });
    await this.audit.record(manager, {
      actor: request.actor,
      action: 'case.discarded',
      targetType: 'case',
      targetId: entity.id,
      details: { number: entity.number, team: entity.team },
    });
    return { discarded: true, number: entity.number };
  }

  /**
   * Adds a comment to a case (a no-op when it is already there); the comment becomes
   * `escalated`, and a more urgent comment raises the case's priority.
   */
  async linkComment(request: Acting & { caseId: string; commentId: string }): Promise<CaseEntity> {
    const { actor, now } = request;
    const minutes = await this.sla.minutes();
    const result = await this.transactor.run(async (manager) => {
      const entity = await this.requireCase(manager, request.caseId);
      const comment = await manager
        .getRepository(CommentEntity)
        .findOneBy({ id: request.commentId });
      if (!comment) {
        throw notFound('The comment');
      }
      const links = manager.getRepository(CaseCommentEntity);
      if (await links.existsBy({ caseId: entity.id, commentId: comment.id })) {
        return null;
      }
      await links.insert({
        caseId: entity.id,
        commentId: comment.id,
        addedAt: now,
        addedById: actor.userId,
      });
      const record = this.timeline(manager, entity.id, request);
      await record('comment_linked', { commentId: comment.id });
      const changes: Partial<CaseEntity> = { updatedAt: now };
      const priority = casePriority([entity.priority, comment.urgency]);
      if (priority !== entity.priority) {
        Object.assign(changes, this.priorityChange(entity, priority, minutes, now));
        await record('priority_changed', { from: entity.priority, to: priority });
      }
      await manager.getRepository(CaseEntity).update({ id: entity.id }, changes);
      const moved = await this.escalateComments(manager, [comment.id], request);
      await this.audit.record(manager, {
        actor,
        action: 'case.comment_linked',
        targetType: 'case',
        targetId: entity.id,
        details: { number: entity.number, commentId: comment.id, priority },
      });
      const commentIds = await this.commentIdsIn(manager, entity.id);
      return { entity: { ...entity, ...changes }, moved, commentIds };
    });
    if (!result) {
      return this.findByIdOrFail(request.caseId);
    }
    this.publish(result.entity.id, result.commentIds, actor, result.moved);
    return result.entity;
  }

  /** Changes the team, assignee, priority or category; fields left undefined stay. */
  async update(request: UpdateCaseRequest): Promise<CaseEntity> {
    const { actor, now } = request;
    const minutes = await this.sla.minutes();
    const result = await this.transactor.run(async (manager) => {
      const entity = await this.requireCase(manager, request.id);
      const record = this.timeline(manager, entity.id, request);
      const changes: Partial<CaseEntity> = {};
      const audited: Record<string, { from: string | null; to: string | null }> = {};
      if (request.team != null && request.team !== entity.team) {
        changes.team = requireTeam(request.team);
        audited['team'] = { from: entity.team, to: changes.team };
        await record('team_changed', audited['team']);
      }
      if (request.category != null && request.category !== entity.category) {
        changes.category = requireCategory(request.category);
        audited['category'] = { from: entity.category, to: changes.category };
        await record('category_changed', audited['category']);
      }
      if (request.priority != null && request.priority !== entity.priority) {
        if (!URGENCIES.includes(request.priority)) {
          throw badInput('Unknown priority.');
        }
        Object.assign(changes, this.priorityChange(entity, request.priority, minutes, now));
        audited['priority'] = { from: entity.priority, to: request.priority };
        await record('priority_changed', audited['priority']);
      }
      if (request.assigneeId !== undefined && request.assigneeId !== entity.assigneeId) {
        const assignee = request.assigneeId
          ? await this.requireAssignee(manager, request.assigneeId)
          : null;
        const previous = entity.assigneeId
          ? await manager.getRepository(UserEntity).findOneBy({ id: entity.assigneeId })
          : null;
        changes.assigneeId = assignee?.id ?? null;
        audited['assigneeId'] = { from: entity.assigneeId, to: changes.assigneeId };
        await record('assigned', {
          from: previous?.displayName ?? null,
          to: assignee?.displayName ?? null,
          fromId: entity.assigneeId,
          toId: changes.assigneeId,
        });
      }
      if (Object.keys(audited).length === 0) {
        return null;
      }
      changes.updatedAt = now;
      await manager.getRepository(CaseEntity).update({ id: entity.id }, changes);
      await this.audit.record(manager, {
        actor,
        action: 'case.updated',
        targetType: 'case',
        targetId: entity.id,
        details: { number: entity.number, changes: audited },
      });
      return {
        entity: { ...entity, ...changes },
        commentIds: await this.commentIdsIn(manager, entity.id),
      };
    });
    if (!result) {
      return this.findByIdOrFail(request.id);
    }
    this.publish(result.entity.id, result.commentIds, actor);
    return result.entity;
  }

  /**
   * Moves a case through its workflow (see CASE_TRANSITIONS). Resolving needs a note; reopening
   * clears the resolution and gives the case a fresh deadline under its priority's SLA.
   */
  async changeStatus(
    request: Acting & { id: string; status: CaseStatus; resolutionNote?: string | null },
  ): Promise<CaseEntity> {
    const { actor, now } = request;
    if (!isCaseStatus(request.status)) {
      throw badInput('Unknown case status.');
    }
    const note = optionalText(request.resolutionNote, 'The resolution note', MAX_CASE_NOTE_LENGTH);
    const minutes = await this.sla.minutes();
    const result = await this.transactor.run(async (manager) => {
      const entity = await this.requireCase(manager, request.id);
      const check = checkCaseTransition(entity.status, request.status, note);
      if (!check.ok) {
        throw badInput(check.reason);
      }
      const changes: Partial<CaseEntity> = { status: request.status, updatedAt: now };
      if (request.status === 'resolved') {
        Object.assign(changes, { resolvedAt: now, resolutionNote: note });
      } else if (request.status === 'reopened') {
        Object.assign(changes, {
          resolvedAt: null,
          resolutionNote: null,
          dueAt: dueAt(now, minutes[entity.priority]),
        });
      }
      await manager.getRepository(CaseEntity).update({ id: entity.id }, changes);
      await this.timeline(
        manager,
        entity.id,
        request,
      )('status_changed', {
        from: entity.status,
        to: request.status,
        text: request.status === 'resolved' ? note : null,
      });
      await this.audit.record(manager, {
        actor,
        action: 'case.status_changed',
        targetType: 'case',
        targetId: entity.id,
        details: { number: entity.number, from: entity.status, to: request.status },
      });
      return {
        entity: { ...entity, ...changes },
        commentIds: await this.commentIdsIn(manager, entity.id),
      };
    });
    this.publish(result.entity.id, result.commentIds, actor);
    return result.entity;
  }

  /** An internal note on the timeline. */
  async addNote(request: Acting & { id: string; text: string }): Promise<CaseEntity> {
    const { actor, now } = request;
    const text = optionalText(request.text, 'The note', MAX_CASE_NOTE_LENGTH);
    if (!text) {
      throw badInput('Write the note first.');
    }
    const result = await this.transactor.run(async (manager) => {
      const entity = await this.requireCase(manager, request.id);
      await this.timeline(manager, entity.id, request)('note_added', { text });
      await manager.getRepository(CaseEntity).update({ id: entity.id }, { updatedAt: now });
      await this.audit.record(manager, {
        actor,
        action: 'case.note_added',
        targetType: 'case',
        targetId: entity.id,
        details: { number: entity.number },
      });
      return {
        entity: { ...entity, updatedAt: now },
        commentIds: await this.commentIdsIn(manager, entity.id),
      };
    });
    this.publish(result.entity.id, result.commentIds, actor);
    return result.entity;
  }

  /** One keyset page of cases. */
  async list(request: {
    filter?: CaseFilter | null;
    order?: CaseOrder | null;
    first?: number | null;
    after?: string | null;
    now: Date;
  }): Promise<CasePage> {
    const order = request.order ?? CaseOrder.DUE_SOONEST;
    const first = Math.min(
      Math.max(request.first ?? DEFAULT_CASE_PAGE_SIZE, 1),
      MAX_CASE_PAGE_SIZE,
    );
    const qb = this.dataSource.getRepository(CaseEntity).createQueryBuilder(CASE_ALIAS);
    if (!applyCaseFilter(qb, request.filter ?? {}, request.now)) {
      return { edges: [], hasNextPage: false, hasPreviousPage: Boolean(request.after) };
    }
    applyCaseKeyset(qb, order, request.after);
    const rows = await qb.limit(first + 1).getMany();
    return {
      edges: rows.slice(0, first).map((node) => ({ cursor: caseCursor(order, node), node })),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(request.after),
    };
  }

  async count(filter: CaseFilter | null | undefined, now: Date): Promise<number> {
    const qb = this.dataSource.getRepository(CaseEntity).createQueryBuilder(CASE_ALIAS);
    return applyCaseFilter(qb, filter ?? {}, now) ? qb.getCount() : 0;
  }

  findById(id: string): Promise<CaseEntity | null> {
    return this.dataSource.getRepository(CaseEntity).findOneBy({ id });
  }

  /** The linked comment ids of each case, in the order they were linked. */
  async commentIdsOf(caseIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.getRepository(CaseCommentEntity).find({
      where: { caseId: In([...caseIds]) },
      order: { addedAt: 'ASC', commentId: 'ASC' },
    });
    const byCase = new Map<string, string[]>(caseIds.map((id) => [id, []]));
    for (const row of rows) {
      byCase.get(row.caseId)?.push(row.commentId);
    }
    return byCase;
  }

  /** The cases linking each comment, newest first. */
  async casesOf(commentIds: readonly string[]): Promise<Map<string, CaseEntity[]>> {
    const rows = await this.dataSource.getRepository(CaseCommentEntity).find({
      where: { commentId: In([...commentIds]) },
      relations: { case: true },
    });
    const byComment = new Map<string, CaseEntity[]>(commentIds.map((id) => [id, []]));
    for (const row of rows) {
      if (row.case) {
        byComment.get(row.commentId)?.push(row.case);
      }
    }
    for (const cases of byComment.values()) {
      cases.sort((a, b) => b.number - a.number);
    }
    return byComment;
  }

  /** The timeline of each case, oldest entry first. */
  async eventsOf(caseIds: readonly string[]): Promise<Map<string, CaseEventEntity[]>> {
    const rows = await this.dataSource.getRepository(CaseEventEntity).find({
      where: { caseId: In([...caseIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
    const byCase = new Map<string, CaseEventEntity[]>(caseIds.map((id) => [id, []]));
    for (const row of rows) {
      byCase.get(row.caseId)?.push(row);
    }
    return byCase;
  }

  /** Display names of users, for assignees and openers. */
  async userNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...userIds]) });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  private async findByIdOrFail(id: string): Promise<CaseEntity> {
    const entity = await this.findById(id);
    if (!entity) {
      throw notFound('The case');
    }
    return entity;
  }

  /** The case, locked for this transaction on PostgreSQL so two changes cannot interleave. */
  private async requireCase(manager: EntityManager, id: string): Promise<CaseEntity> {
    const entity = await manager.getRepository(CaseEntity).findOne({
      where: { id },
      ...(this.dataSource.options.type === 'postgres'
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {}),
    });
    if (!entity) {
      throw notFound('The case');
    }
    return entity;
  }

  private async requireAssignee(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager
      .getRepository(UserEntity)
      .findOneBy({ id: userId, disabledAt: IsNull() });
    if (!user) {
      throw badInput('The assignee must be an active team member.');
    }
    return user;
  }

  private async nextNumber(manager: EntityManager): Promise<number> {
    if (this.dataSource.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CASE_NUMBER_LOCK]);
    }
    const [row] = await runSql<{ last: number | string | null }[]>(
      manager,
      'SELECT MAX("number") AS "last" FROM "cases"',
    );
    return row?.last == null ? FIRST_CASE_NUMBER : Number(row.last) + 1;
  }

  private commentIdsIn(manager: EntityManager, caseId: string): Promise<string[]> {
    return manager
      .getRepository(CaseCommentEntity)
      .find({ where: { caseId }, order: { addedAt: 'ASC', commentId: 'ASC' } })
      .then((rows) => rows.map((row) => row.commentId));
  }

  /** A new priority restarts the clock under its SLA, unless the case is already resolved. */
  private priorityChange(
    entity: CaseEntity,
    priority: Urgency,
    minutes: SlaMinutes,
    now: Date,
  ): Partial<CaseEntity> {
    return entity.status === 'resolved'
      ? { priority }
      : { priority, dueAt: dueAt(now, minutes[priority]) };
  }

  /** Moves comments to `escalated` through the comments' own status path (facets, audit). */
  private async escalateComments(
    manager: EntityManager,
    commentIds: readonly string[],
    { actor, now }: { actor: Actor | null; now: Date },
  ): Promise<string[]> {
    const moved: string[] = [];
    for (const id of commentIds) {
      const { changed } = await this.comments.changeStatus(manager, {
        id,
        status: 'escalated',
        now,
        actor,
      });
      if (changed) {
        moved.push(id);
      }
    }
    return moved;
  }

  /** Writes timeline entries of one change, all stamped with its actor and time. */
  private timeline(
    manager: EntityManager,
    caseId: string,
    { actor, now }: { actor: Actor | null; now: Date },
  ) {
    return (kind: CaseEventKind, details: EventDetails): Promise<unknown> => {
      const event: CaseEventEntity = {
        id: newId(),
        caseId,
        at: now,
        actorId: actor?.id ?? null,
        actorName: actor?.displayName ?? null,
        kind,
        details,
      };
      return insertRows(manager, CaseEventEntity, [event]);
    };
  }

  /** Announces a committed change of a case and its comments; a null actor is the system. */
  publish(
    caseId: string,
    commentIds: readonly string[],
    actor: Actor | null,
    movedCommentIds: readonly string[] = [],
  ): void {
    const userId = actor?.userId ?? null;
    this.events.publish({ type: 'case.changed', caseId, commentIds: [...commentIds], userId });
    for (const commentId of commentIds) {
      this.events.publish({
        type: 'comment.changed',
        commentId,
        change: movedCommentIds.includes(commentId) ? 'status' : 'case',
        userId,
      });
    }
  }
}

function requireCategory(category: CaseCategory): CaseCategory {
  if (!isCaseCategory(category)) {
    throw badInput('Unknown case category.');
  }
  return category;
}

function requireTeam(team: CaseTeam): CaseTeam {
  if (!isCaseTeam(team)) {
    throw badInput('Unknown team.');
  }
  return team;
}

/** Trimmed text, or null when blank; refused when longer than `max`. */
function optionalText(text: string | null | undefined, what: string, max: number): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > max) {
    throw badInput(`${what} is longer than ${max} characters.`);
  }
  return trimmed || null;
}

/** "Patient complaint (Facebook, Instagram)": says what and where without quoting anyone. */
function defaultTitle(category: CaseCategory, comments: readonly CommentEntity[]): string {
  const channels = [
    ...new Set(comments.map((comment) => CHANNEL_KIND_LABELS[comment.channel?.kind ?? 'import'])),
  ];
  return `${CASE_CATEGORY_LABELS[category]} (${channels.join(', ')})`;
}
