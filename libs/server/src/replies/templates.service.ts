import {
  BUILT_IN_TEMPLATES,
  type ReplyTemplate,
  type TemplateSituation,
} from '@bedside/compliance';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { Transactor } from '../database/transactor';
import { ReplyTemplateEntity } from './reply-template.entity';

/** A template as the team sees it: built in, built in but changed, or the team's own. */
export interface TeamTemplate extends ReplyTemplate {
  builtIn: boolean;
  /** A built-in template whose text the team changed. */
  customised: boolean;
  enabled: boolean;
  updatedAt: Date | null;
}

export interface TemplateChange {
  name?: string | null;
  situation?: TemplateSituation | null;
  body?: string | null;
  shortBody?: string | null;
  enabled?: boolean | null;
}

const MAX_BODY = 2000;

/** The team's reply templates: the built-in set with the team's changes, plus their own. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<TeamTemplate[]> {
    const rows = await this.dataSource
      .getRepository(ReplyTemplateEntity)
      .find({ order: { createdAt: 'ASC' } });
    const byKey = new Map(rows.map((row) => [row.key, row]));
    const builtIn = BUILT_IN_TEMPLATES.map((template): TeamTemplate => {
      const row = byKey.get(template.key);
      return row
        ? { ...fromRow(row), builtIn: true, customised: true }
        : { ...template, builtIn: true, customised: false, enabled: true, updatedAt: null };
    });
    const builtInKeys = new Set(BUILT_IN_TEMPLATES.map((template) => template.key));
    const own = rows
      .filter((row) => !builtInKeys.has(row.key))
      .map((row): TeamTemplate => ({ ...fromRow(row), builtIn: false, customised: false }));
    return [...builtIn, ...own];
  }

  /** The enabled templates, as the drafter takes them. */
  async forDrafting(): Promise<ReplyTemplate[]> {
    return (await this.list())
      .filter((template) => template.enabled)
      .map(({ key, name, situation, body, shortBody }) => ({
        key,
        name,
        situation,
        body,
        ...(shortBody ? { shortBody } : {}),
      }));
  }

  async create(
    actor: Actor,
    input: { name: string; situation: TemplateSituation; body: string; shortBody?: string | null },
  ): Promise<TeamTemplate> {
    const template = validated({ ...input, enabled: true });
    const key = `team.${slug(template.name)}-${newId().slice(-6)}`;
    const now = this.clock.now();
    const row: ReplyTemplateEntity = {
      id: newId(),
      key,
      name: template.name,
      situation: template.situation,
      body: template.body,
      shortBody: template.shortBody,
      enabled: true,
      updatedById: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await this.transactor.run(async (manager) => {
      await manager.getRepository(ReplyTemplateEntity).insert(row);
      await this.audit.record(manager, {
        actor,
        action: 'template.created',
        targetType: 'template',
        targetId: key,
        details: { name: row.name, situation: row.situation },
      });
    });
    return { ...fromRow(row), builtIn: false, customised: false };
  }

  /** Changes a template; changing a built-in one stores the team's version beside it. */
  async update(actor: Actor, key: string, change: TemplateChange): Promise<TeamTemplate> {
    const current = (await this.list()).find((template) => template.key === key);
    if (!current) {
      throw notFound('The template');
    }
    const next = validated({
      name: change.name ?? current.name,
      situation: change.situation ?? current.situation,
      body: change.body ?? current.body,
      shortBody: change.shortBody === undefined ? (current.shortBody ?? null) : change.shortBody,
      enabled: change.enabled ?? current.enabled,
    });
    if (current.builtIn && next.situation !== current.situation) {
      throw badInput(
        "A built-in template's situation cannot change; create a new template instead.",
      );
    }
    const now = this.clock.now();
    await this.transactor.run(async (manager) => {
      const repository = manager.getRepository(ReplyTemplateEntity);
      const existing = await repository.findOneBy({ key });
      await repository.save({
        id: existing?.id ?? newId(),
        key,
        ...next,
        updatedById: actor.userId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      await this.audit.record(manager, {
        actor,
        action: 'template.updated',
        targetType: 'template',
        targetId: key,
        details: {
          textChanged: next.body !== current.body || next.shortBody !== (current.shortBody ?? null),
          enabled: next.enabled,
        },
      });
    });
    return (await this.list()).find((template) => template.key === key)!;
  }

  /** Drops the team's changes to a built-in template, or deletes one of the team's own. */
  async reset(actor: Actor, key: string): Promise<boolean> {
    return this.transactor.run(async (manager) => {
      const result = await manager.getRepository(ReplyTemplateEntity).delete({ key });
      if (!result.affected) {
        throw notFound('A changed or team template with that key');
      }
      await this.audit.record(manager, {
        actor,
        action: 'template.reset',
        targetType: 'template',
        targetId: key,
        details: {},
      });
      return true;
    });
  }
}

function fromRow(row: ReplyTemplateEntity): Omit<TeamTemplate, 'builtIn' | 'customised'> {
  return {
    key: row.key,
    name: row.name,
    situation: row.situation,
    body: row.body,
    ...(row.shortBody ? { shortBody: row.shortBody } : {}),
    enabled: row.enabled,
    updatedAt: row.updatedAt,
  };
}

function validated(input: {
  name: string;
  situation: TemplateSituation;
  body: string;
  shortBody?: string | null;
  enabled: boolean;
}): {
  name: string;
  situation: TemplateSituation;
  body: string;
  shortBody: string | null;
  enabled: boolean;
} {
  const name = input.name.trim();
  const body = input.body.trim();
  const shortBody = input.shortBody?.trim() || null;
  if (name === '' || name.length > 200) {
    throw badInput('A template name holds 1 to 200 characters.');
  }
  if (body === '' || body.length > MAX_BODY || (shortBody?.length ?? 0) > MAX_BODY) {
    throw badInput(`A template holds 1 to ${MAX_BODY.toLocaleString('en-US')} characters.`);
  }
  return { name, situation: input.situation, body, shortBody, enabled: input.enabled };
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'template'
  );
}
