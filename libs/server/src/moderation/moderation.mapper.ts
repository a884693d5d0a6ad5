import {
  type CommentStatus,
  describeModerationRule,
  isHidingAction,
  PLATFORM_MODERATION_LABELS,
} from '@bedside/domain';

import { type ModerationAction } from './dto/moderation-action.types';
import { type ModerationRule } from './dto/moderation-rule.types';
import { type ModerationActionEntity } from './moderation-action.entity';
import { type ModerationRuleEntity } from './moderation-rule.entity';

/** The status an action in force leaves its comment in. */
export function statusAfter(action: Pick<ModerationActionEntity, 'kind'>): CommentStatus {
  return isHidingAction(action.kind) ? 'hidden' : 'escalated';
}

/**
 * Whether undoing would work now: the action is in force and the comment still has the status
 * it gave (a person may have moved it on since). An assignment's case may still refuse.
 */
export function isUndoable(
  action: Pick<ModerationActionEntity, 'kind' | 'state'>,
  commentStatus: CommentStatus | null,
): boolean {
  return action.state !== 'undone' && commentStatus === statusAfter(action);
}

export function toModerationRuleType(entity: ModerationRuleEntity): ModerationRule {
  return {
    id: entity.id,
    name: entity.name,
    enabled: entity.enabled,
    condition: entity.condition,
    intents: entity.intents,
    minConfidence: entity.minConfidence,
    action: entity.action,
    team: entity.team,
    reasonCode: entity.reasonCode,
    summary: describeModerationRule(entity),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    updatedByName: entity.updatedByName,
  };
}

/** `commentStatus` is the comment's current status (null once it is deleted). */
export function toModerationActionType(
  entity: ModerationActionEntity,
  commentStatus: CommentStatus | null,
): ModerationAction {
  return {
    id: entity.id,
    commentId: entity.commentId,
    kind: entity.kind,
    automatic: entity.automatic,
    ruleId: entity.ruleId,
    ruleName: entity.ruleName,
    condition: entity.condition,
    reasonCode: entity.reasonCode,
    explanation: entity.explanation,
    team: entity.team,
    caseId: entity.caseId,
    previousStatus: entity.previousStatus,
    revision: entity.revision,
    state: entity.state,
    platform: entity.platform,
    platformNote: PLATFORM_MODERATION_LABELS[entity.platform],
    appliedAt: entity.appliedAt,
    appliedByName: entity.appliedByName,
    decidedAt: entity.decidedAt,
    decidedByName: entity.decidedByName,
    canUndo: isUndoable(entity, commentStatus),
  };
}
