import {
  type AuthorFlag,
  type ChannelKind,
  type CommentStatus,
  isHidingAction,
  type ModerationDecision,
  type ModerationPolicy,
  type SlaMinutes,
  suggestCase,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthorsService } from '../authors/authors.service';
import { CasesService } from '../cases/cases.service';
import { type CommentEntity } from '../comments/comment.entity';
import { newId } from '../common/ids';
import { insertRows } from '../database/bulk-insert';
import { DomainEvents } from '../events/domain-events';
import { SlaService } from '../sla/sla.service';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationRulesService } from './moderation-rules.service';
import { PlatformSync } from './platform-sync';

/** A new comment a rule matched, with the status it had before the rule acted. */
export interface ScreenedComment {
  comment: CommentEntity;
  decision: ModerationDecision;
  previousStatus: CommentStatus;
  channel: ChannelKind;
}

/** What one chunk's automatic actions changed, to announce once it has committed. */
export interface AutomaticModeration {
  /** Comments hidden or held (their status changed). */
  hiddenIds: string[];
  /** Cases opened, with their comment. */
  cases: { caseId: string; commentId: string }[];
  /** Actions a platform connector should mirror. */
  pendingActionIds: string[];
}

/**
 * The rules and flags as they are for one ingestion call: screens each new comment in memory,
 * before it is stored, so a hidden comment is never counted or shown as new. No queries.
 */
export class ModerationScreener {
  constructor(
    private readonly policy: ModerationPolicy,
    private readonly flags: ReadonlyMap<string, AuthorFlag>,
  ) {}

  /** True when no rule is enabled: nothing to do for any comment. */
  get isIdle(): boolean {
    return this.policy.rules.length === 0;
  }

  /**
   * Evaluates the rules on new comments (triaged, not stored yet) and gives each matched one the
   * status its action leads to: hidden for a hide or hold, escalated for an assignment.
   */
  screen(
    comments: readonly CommentEntity[],
    channelOf: (comment: CommentEntity) => ChannelKind,
    now: Date,
  ): ScreenedComment[] {
    if (this.isIdle) {
      return [];
    }
    const screened: ScreenedComment[] = [];
    for (const comment of comments) {
      const decision = this.policy.evaluate({
        text: comment.text,
        intents: comment.intents ?? [],
        authorFlag: comment.authorKey ? (this.flags.get(comment.authorKey) ?? 'none') : 'none',
      });
      if (!decision) {
        continue;
      }
      screened.push({
        comment,
        decision,
        previousStatus: comment.status,
        channel: channelOf(comment),
      });
      comment.status = isHidingAction(decision.action) ? 'hidden' : 'escalated';
      comment.statusChangedAt = now;
    }
    return screened;
  }
}

/**
 * Moderation rules at ingestion: the screener decides before the comments are stored, then
 * `record` writes the actions (labelled automatic, actor null), their audit events and any case
 * in the same transaction as the comments, so a crash cannot keep one without the other.
 */
@Injectable()
export class ModerationScreeningService {
  constructor(
    private readonly rules: ModerationRulesService,
    private readonly authors: AuthorsService,
    private readonly cases: CasesService,
    private readonly sla: SlaService,
    private readonly audit: AuditService,
    private readonly platform: PlatformSync,
    private readonly events: DomainEvents,
  ) {}

  /** The rules and author flags for one ingestion call (both served from memory). */
  async screener(): Promise<ModerationScreener> {
    const [policy, flags] = await Promise.all([this.rules.policy(), this.authors.flaggedAuthors()]);
    return new ModerationScreener(policy, flags);
  }

  /** Writes the actions of screened comments, already inserted, inside the ingest transaction. */
  async record(
    manager: EntityManager,
    screened: readonly ScreenedComment[],
    now: Date,
  ): Promise<AutomaticModeration> {
    const outcome: AutomaticModeration = { hiddenIds: [], cases: [], pendingActionIds: [] };
    if (screened.length === 0) {
      return outcome;
    }
    const minutes = screened.some((item) => item.decision.action === 'assign_team')
      ? await this.sla.minutes()
      : null;
    const actions: ModerationActionEntity[] = [];
    for (const item of screened) {
      const caseId = await this.openCaseFor(manager, item, now, minutes);
      const action = this.actionFor(item, caseId, now);
      actions.push(action);
      if (caseId) {
        outcome.cases.push({ caseId, commentId: item.comment.id });
      } else {
        outcome.hiddenIds.push(item.comment.id);
      }
      if (action.platform === 'pending') {
        outcome.pendingActionIds.push(action.id);
      }
    }
    await insertRows(manager, ModerationActionEntity, actions);
    for (const action of actions) {
      await this.audit.record(manager, {
        actor: null,
        action: 'moderation.applied',
        targetType: 'comment',
        targetId: action.commentId,
        details: {
          automatic: true,
          actionId: action.id,
          ruleId: action.ruleId,
          action: action.kind,
          condition: action.condition,
          reasonCode: action.reasonCode,
          from: action.previousStatus,
          to: action.kind === 'assign_team' ? 'escalated' : 'hidden',
          revision: action.revision,
          caseId: action.caseId,
        },
      });
    }
    return outcome;
  }

  /** Announces a committed chunk's automatic actions and mirrors them on the platforms. */
  announce(outcome: AutomaticModeration): void {
    for (const commentId of outcome.hiddenIds) {
      this.events.publish({ type: 'comment.changed', commentId, change: 'status', userId: null });
    }
    for (const { caseId, commentId } of outcome.cases) {
      this.cases.publish(caseId, [commentId], null, [commentId]);
    }
    // Not awaited: ingestion never waits on a platform (mirror stores failures itself).
    void this.platform.mirror(outcome.pendingActionIds);
  }

  private async openCaseFor(
    manager: EntityManager,
    item: ScreenedComment,
    now: Date,
    minutes: SlaMinutes | null,
  ): Promise<string | null> {
    const { decision, comment } = item;
    if (decision.action !== 'assign_team' || !decision.rule.team || !minutes) {
      return null;
    }
    const { category } = suggestCase({
      intents: (comment.intents ?? []).map((intent) => intent.label),
      hasPhi: comment.hasPhi,
    });
    const { entity } = await this.cases.open(manager, {
      actor: null,
      now,
      commentIds: [comment.id],
      category,
      team: decision.rule.team,
      title: null,
      note: null,
      minutes,
    });
    return entity.id;
  }

  private actionFor(
    item: ScreenedComment,
    caseId: string | null,
    now: Date,
  ): ModerationActionEntity {
    const { decision, comment } = item;
    const hiding = isHidingAction(decision.action);
    return {
      id: newId(),
      commentId: comment.id,
      kind: decision.action,
      automatic: true,
      ruleId: decision.rule.id,
      ruleName: decision.rule.name,
      condition: decision.condition,
      reasonCode: hiding ? decision.rule.reasonCode : null,
      explanation: decision.reason.slice(0, 500),
      team: hiding ? null : decision.rule.team,
      caseId,
      previousStatus: item.previousStatus,
      revision: comment.revision,
      state: 'applied',
      platform: hiding ? this.platform.outcomeFor(comment.channelId) : 'not_applicable',
      appliedAt: now,
      appliedById: null,
      appliedByName: null,
      decidedAt: null,
      decidedById: null,
      decidedByName: null,
    };
  }
}
