import {
  compileModerationPolicy,
  domainListProblem,
  type ModerationLists,
  type ModerationPolicy,
  type ModerationRuleDraft,
  moderationRuleProblem,
  normalizeDomainList,
  normalizeWordList,
  wordListProblem,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { runSql } from '../database/raw-query';
import { Transactor } from '../database/transactor';
import { ModerationListEntity, type ModerationListKind } from './moderation-list.entity';
import { ModerationRuleEntity } from './moderation-rule.entity';

export interface ModerationListsView {
  banned: string[];
  suspect: string[];
  trustedDomains: string[];
  updatedAt: Date | null;
  updatedByName: string | null;
}

export type RulePatch = Partial<ModerationRuleDraft>;

export interface ListsPatch {
  banned?: readonly string[] | null;
  suspect?: readonly string[] | null;
  trustedDomains?: readonly string[] | null;
}

const LIST_FIELDS: Record<ModerationListKind, keyof ModerationLists> = {
  banned_word: 'banned',
  suspect_word: 'suspect',
  trusted_domain: 'trustedDomains',
};

/**
 * The managers' moderation rules and lists. Ingestion screens every new comment with them, so
 * they are compiled once and kept in memory until a manager changes one; this process is the
 * only writer (the CLI imports but never edits rules).
 */
@Injectable()
export class ModerationRulesService {
  private policyCache: Promise<ModerationPolicy> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every rule, oldest first. */
  rules(): Promise<ModerationRuleEntity[]> {
    return this.dataSource
      .getRepository(ModerationRuleEntity)
      .find({ order: { position: 'ASC', id: 'ASC' } });
  }

  async lists(): Promise<ModerationListsView> {
    const rows = await this.dataSource.getRepository(ModerationListEntity).find();
    const view: ModerationListsView = {
      banned: [],
      suspect: [],
      trustedDomains: [],
      updatedAt: null,
      updatedByName: null,
    };
    for (const row of rows) {
      view[LIST_FIELDS[row.kind]] = row.entries;
      if (!view.updatedAt || row.updatedAt > view.updatedAt) {
        view.updatedAt = row.updatedAt;
        view.updatedByName = row.updatedByName;
      }
    }
    return view;
  }

  /** The enabled rules and the lists, compiled; rebuilt after any change. */
  policy(): Promise<ModerationPolicy> {
    if (!this.policyCache) {
      const loading = Promise.all([this.rules(), this.lists()]).then(([rules, lists]) =>
        compileModerationPolicy({ rules, lists }),
      );
      // A failed read is retried on the next call instead of being remembered.
      loading.catch(() => {
        if (this.policyCache === loading) {
          this.policyCache = null;
        }
      });
      this.policyCache = loading;
    }
    return this.policyCache;
  }

  async createRule(actor: Actor, draft: ModerationRuleDraft): Promise<ModerationRuleEntity> {
    const clean = checkedDraft(draft);
    const now = this.clock.now();
    const rule = await this.transactor.run(async (manager) => {
      const entity: ModerationRuleEntity = {
        id: newId(),
        ...clean,
        intents: [...clean.intents],
        position: (await this.lastPosition(manager)) + 1,
        createdAt: now,
        createdById: actor.userId,
        updatedAt: now,
        updatedById: actor.userId,
        updatedByName: actor.displayName,
      };
      await manager.getRepository(ModerationRuleEntity).insert(entity);
      await this.audit.record(manager, {
        actor,
        action: 'moderation.rule_created',
        targetType: 'moderation_rule',
        targetId: entity.id,
        details: { ...clean },
      });
      return entity;
    });
    this.policyCache = null;
    return rule;
  }

  async updateRule(actor: Actor, id: string, patch: RulePatch): Promise<ModerationRuleEntity> {
    const now = this.clock.now();
    const rule = await this.transactor.run(async (manager) => {
      const rules = manager.getRepository(ModerationRuleEntity);
      const existing = await rules.findOneBy({ id });
      if (!existing) {
        throw notFound('The rule');
      }
      const clean = checkedDraft({
        name: patch.name ?? existing.name,
        enabled: patch.enabled ?? existing.enabled,
        condition: patch.condition ?? existing.condition,
        intents: patch.intents ?? existing.intents,
        minConfidence:
          patch.minConfidence !== undefined ? patch.minConfidence : existing.minConfidence,
        action: patch.action ?? existing.action,
        team: patch.team !== undefined ? patch.team : existing.team,
        reasonCode: patch.reasonCode !== undefined ? patch.reasonCode : existing.reasonCode,
      });
      const changes = changedFields(existing, clean);
      if (Object.keys(changes).length === 0) {
        return existing;
      }
      const updated: ModerationRuleEntity = {
        ...existing,
        ...clean,
        intents: [...clean.intents],
        updatedAt: now,
        updatedById: actor.userId,
        updatedByName: actor.displayName,
      };
      await rules.save(updated);
      await this.audit.record(manager, {
        actor,
        action: 'moderation.rule_updated',
        targetType: 'moderation_rule',
        targetId: id,
        details: { name: updated.name, changes },
      });
      return updated;
    });
    this.policyCache = null;
    return rule;
  }

  /** Deletes a rule; what it did stays in moderation_actions under its name, and undoable. */
  async deleteRule(actor: Actor, id: string): Promise<string> {
    await this.transactor.run(async (manager) => {
      const rules = manager.getRepository(ModerationRuleEntity);
      const existing = await rules.findOneBy({ id });
      if (!existing) {
        throw notFound('The rule');
      }
      await rules.delete({ id });
      await this.audit.record(manager, {
        actor,
        action: 'moderation.rule_deleted',
        targetType: 'moderation_rule',
        targetId: id,
        details: { name: existing.name, condition: existing.condition, action: existing.action },
      });
    });
    this.policyCache = null;
    return id;
  }

  /**
   * Replaces the lists given. The audit trail records how many entries each list gained and
   * lost, not the entries: a manager may paste anything into a list.
   */
  async updateLists(actor: Actor, patch: ListsPatch): Promise<ModerationListsView> {
    const next: Partial<Record<ModerationListKind, string[]>> = {};
    if (patch.banned != null) {
      next.banned_word = checkedWords(patch.banned, 'banned');
    }
    if (patch.suspect != null) {
      next.suspect_word = checkedWords(patch.suspect, 'suspect');
    }
    if (patch.trustedDomains != null) {
      const domains = normalizeDomainList(patch.trustedDomains);
      const problem = domainListProblem(domains);
      if (problem) {
        throw badInput(`Trusted domains: ${problem}`);
      }
      next.trusted_domain = domains;
    }
    const now = this.clock.now();
    await this.transactor.run(async (manager) => {
      const repository = manager.getRepository(ModerationListEntity);
      const changes: Record<string, { added: number; removed: number; count: number }> = {};
      for (const [kind, entries] of Object.entries(next) as [ModerationListKind, string[]][]) {
        const before = (await repository.findOneBy({ kind }))?.entries ?? [];
        const added = entries.filter((entry) => !before.includes(entry)).length;
        const removed = before.filter((entry) => !entries.includes(entry)).length;
        if (added === 0 && removed === 0 && entries.length === before.length) {
          continue;
        }
        await repository.save({
          kind,
          entries,
          updatedAt: now,
          updatedById: actor.userId,
          updatedByName: actor.displayName,
        });
        changes[LIST_FIELDS[kind]] = { added, removed, count: entries.length };
      }
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, {
          actor,
          action: 'moderation.lists_updated',
          targetType: 'moderation_lists',
          targetId: null,
          details: changes,
        });
      }
    });
    this.policyCache = null;
    return this.lists();
  }

  private async lastPosition(manager: EntityManager): Promise<number> {
    const [row] = await runSql<{ last: number | string | null }[]>(
      manager,
      'SELECT MAX("position") AS "last" FROM "moderation_rules"',
    );
    return row?.last == null ? 0 : Number(row.last);
  }
}

function checkedDraft(draft: ModerationRuleDraft): ModerationRuleDraft {
  const clean: ModerationRuleDraft = {
    name: draft.name.trim(),
    enabled: draft.enabled,
    condition: draft.condition,
    intents: [...new Set(draft.intents)],
    minConfidence: draft.minConfidence,
    action: draft.action,
    team: draft.team ?? null,
    reasonCode: draft.reasonCode ?? null,
  };
  const problem = moderationRuleProblem(clean);
  if (problem) {
    throw badInput(problem);
  }
  return clean;
}

function checkedWords(entries: readonly string[], name: string): string[] {
  const words = normalizeWordList(entries);
  const problem = wordListProblem(words);
  if (problem) {
    throw badInput(`The ${name} list: ${problem}`);
  }
  return words;
}

function changedFields(
  existing: ModerationRuleEntity,
  next: ModerationRuleDraft,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of Object.keys(next) as (keyof ModerationRuleDraft)[]) {
    if (JSON.stringify(existing[field]) !== JSON.stringify(next[field])) {
      changes[field] = { from: existing[field], to: next[field] };
    }
  }
  return changes;
}
