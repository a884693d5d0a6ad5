import { DEFAULT_SETTINGS, type OrganisationSettings, settingsFromJson } from '@bedside/compliance';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { Transactor } from '../database/transactor';
import { OrganisationSettingsEntity } from './organisation-settings.entity';

const ROW_ID = 'default';

/** The optional AI drafting endpoint (OpenAI-compatible chat completions). */
export interface AiDraftingConfig {
  enabled: boolean;
  baseUrl: string;
  model: string;
  /** Secret: server-side only. Empty when the endpoint needs none (a local model server). */
  apiKey: string;
  timeoutMs: number;
}

export const DEFAULT_AI_DRAFTING: AiDraftingConfig = {
  enabled: false,
  baseUrl: '',
  model: '',
  apiKey: '',
  timeoutMs: 8000,
};

export interface AiDraftingPatch {
  enabled?: boolean | null;
  baseUrl?: string | null;
  model?: string | null;
  /** A new key; omitted or null keeps the stored one. */
  apiKey?: string | null;
  clearApiKey?: boolean | null;
  timeoutMs?: number | null;
}

/** Keys of OrganisationSettings whose change the audit trail names (values may be long, never PHI). */
type SettingsPatch = Partial<OrganisationSettings>;

/**
 * Organisation settings: contacts and tokens for replies, the approval policy, AI drafting.
 * Read on every use (one primary-key row) so every server instance sees an admin's change at once.
 */
@Injectable()
export class SettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<OrganisationSettings> {
    return (await this.read()).settings;
  }

  async aiDrafting(): Promise<AiDraftingConfig> {
    return (await this.read()).aiDrafting;
  }

  /** Both parts from one read of the row, for callers that need the two. */
  async read(): Promise<{ settings: OrganisationSettings; aiDrafting: AiDraftingConfig }> {
    const row = await this.row();
    return {
      settings: row ? settingsFromJson(row.settings) : { ...DEFAULT_SETTINGS },
      aiDrafting: { ...DEFAULT_AI_DRAFTING, ...(row?.aiDrafting as Partial<AiDraftingConfig>) },
    };
  }

  /** When and by whom the settings were last saved; null while they are the defaults. */
  async lastChange(): Promise<{ updatedAt: Date; updatedById: string | null } | null> {
    const row = await this.row();
    return row ? { updatedAt: row.updatedAt, updatedById: row.updatedById } : null;
  }

  async update(actor: Actor, patch: SettingsPatch): Promise<OrganisationSettings> {
    const current = await this.get();
    let next: OrganisationSettings;
    try {
      next = settingsFromJson({ ...current, ...withoutNulls(patch) });
    } catch (error) {
      throw badInput((error as Error).message);
    }
    validateContacts(next);
    const changed = Object.keys(next).filter(
      (key) =>
        JSON.stringify(next[key as keyof OrganisationSettings]) !==
        JSON.stringify(current[key as keyof OrganisationSettings]),
    );
    await this.save(actor, { settings: next }, 'settings.updated', { changed });
    return next;
  }

  async updateAiDrafting(actor: Actor, patch: AiDraftingPatch): Promise<AiDraftingConfig> {
    const current = await this.aiDrafting();
    const next: AiDraftingConfig = {
      enabled: patch.enabled ?? current.enabled,
      baseUrl: (patch.baseUrl ?? current.baseUrl).trim().replace(/\/+$/, ''),
      model: (patch.model ?? current.model).trim(),
      apiKey: patch.clearApiKey ? '' : (patch.apiKey ?? current.apiKey),
      timeoutMs: patch.timeoutMs ?? current.timeoutMs,
    };
    if (next.baseUrl !== '' && !/^https?:\/\/[^\s]+$/i.test(next.baseUrl)) {
      throw badInput('The AI endpoint must be an http(s) URL, e.g. http://localhost:11434/v1.');
    }
    if (next.enabled && (next.baseUrl === '' || next.model === '')) {
      throw badInput(
        'AI drafting needs an endpoint URL and a model name before it can be enabled.',
      );
    }
    if (!Number.isInteger(next.timeoutMs) || next.timeoutMs < 500 || next.timeoutMs > 60_000) {
      throw badInput('The AI timeout is 500 to 60,000 milliseconds.');
    }
    // The key itself never enters the audit trail: only that it changed.
    await this.save(actor, { aiDrafting: next }, 'settings.ai_drafting_updated', {
      enabled: next.enabled,
      baseUrl: next.baseUrl,
      model: next.model,
      apiKeyChanged: next.apiKey !== current.apiKey,
      timeoutMs: next.timeoutMs,
    });
    return next;
  }

  private row(): Promise<OrganisationSettingsEntity | null> {
    return this.dataSource.getRepository(OrganisationSettingsEntity).findOneBy({ id: ROW_ID });
  }

  private async save(
    actor: Actor,
    change: { settings?: OrganisationSettings; aiDrafting?: AiDraftingConfig },
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const now = this.clock.now();
    await this.transactor.run(async (manager) => {
      const repository = manager.getRepository(OrganisationSettingsEntity);
      const existing = await repository.findOneBy({ id: ROW_ID });
      const row: OrganisationSettingsEntity = {
        id: ROW_ID,
        settings: change.settings ?? existing?.settings ?? DEFAULT_SETTINGS,
        aiDrafting: (change.aiDrafting ??
          existing?.aiDrafting ??
          DEFAULT_AI_DRAFTING) as unknown as Record<string, unknown>,
        updatedAt: now,
        updatedById: actor.userId,
      };
      await repository.save(row);
      await this.audit.record(manager, {
        actor,
        action,
        targetType: 'settings',
        targetId: ROW_ID,
        details,
      });
    });
  }
}

function withoutNulls<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<T>;
}

const PHONE = /^[+()0-9][0-9 ()+.-]{2,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/[^\s]+$/i;

/** Contacts go verbatim into public replies: refuse values that are not what they claim to be. */
function validateContacts(settings: OrganisationSettings): void {
  const phones: (keyof OrganisationSettings)[] = [
    'patientRelationsPhone',
    'nurseLine',
    'mainPhone',
    'billingPhone',
    'emergencyNumber',
    'poisonLine',
  ];
  for (const key of phones) {
    const value = String(settings[key]);
    if (value !== '' && !PHONE.test(value)) {
      throw badInput(`${key} must be a phone number, e.g. (555) 010-2000.`);
    }
  }
  if (settings.patientRelationsEmail !== '' && !EMAIL.test(settings.patientRelationsEmail)) {
    throw badInput('patientRelationsEmail must be an e-mail address.');
  }
  for (const key of ['patientRelationsUrl', 'visitorUrl', 'parkingUrl', 'recordsUrl'] as const) {
    if (settings[key] !== '' && !URL.test(settings[key])) {
      throw badInput(`${key} must be an http(s) URL.`);
    }
  }
  if (settings.hospitalName.trim() === '') {
    throw badInput('The hospital name cannot be empty.');
  }
}
