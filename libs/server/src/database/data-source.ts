import * as fs from 'node:fs';
import * as path from 'node:path';

import { DataSource, type DataSourceOptions } from 'typeorm';

import { AlertEntity } from '../alerts/alert.entity';
import { AlertDeliveryEntity } from '../alerts/alert-delivery.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ApiTokenEntity } from '../auth/api-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { AuthorNoteEntity } from '../authors/author-note.entity';
import { AuthorProfileEntity } from '../authors/author-profile.entity';
import { CaseEntity } from '../cases/case.entity';
import { CaseCommentEntity } from '../cases/case-comment.entity';
import { CaseEventEntity } from '../cases/case-event.entity';
import { ChannelEntity } from '../channels/channel.entity';
import { ChannelConnectionEntity } from '../channels/channel-connection.entity';
import { ChannelItemVersionEntity } from '../channels/sync/channel-item-version.entity';
import { ReplyOutboxEntity } from '../channels/sync/reply-outbox.entity';
import { WebhookInboxEntity } from '../channels/sync/webhook-inbox.entity';
import { CommentEntity } from '../comments/comment.entity';
import { CommentRevisionEntity } from '../comments/comment-revision.entity';
import { FacetCountEntity } from '../comments/facet-count.entity';
import { type DatabaseConfig } from '../config/env.schema';
import { LabelCorrectionEntity } from '../corrections/label-correction.entity';
import { ModerationActionEntity } from '../moderation/moderation-action.entity';
import { ModerationListEntity } from '../moderation/moderation-list.entity';
import { ModerationRuleEntity } from '../moderation/moderation-rule.entity';
import { CommentNoteEntity } from '../notes/comment-note.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { PostEntity } from '../posts/post.entity';
import { ReplyEntity } from '../replies/reply.entity';
import { ReplyTemplateEntity } from '../replies/reply-template.entity';
import { ReportSettingsEntity, ReportSpikeEntity } from '../reports/report-spike.entity';
import { OrganisationSettingsEntity } from '../settings/organisation-settings.entity';
import { SlaPolicyEntity } from '../sla/sla-policy.entity';
import { UserEntity } from '../users/user.entity';
import { useDialectColumnTypes } from './columns';
import { CreateCore1763900000000 } from './migrations/1763900000000-create-core';
import { CreateAuth1764000000000 } from './migrations/1764000000000-create-auth';
import { CreateLabelCorrections1764200000000 } from './migrations/1764200000000-create-label-corrections';
import { CreateAuditEvents1764300000000 } from './migrations/1764300000000-create-audit-events';
import { CreateCases1764400000000 } from './migrations/1764400000000-create-cases';
import { CreateAlerts1764500000000 } from './migrations/1764500000000-create-alerts';
import { AddAuditEventIndexes1764610000000 } from './migrations/1764610000000-add-audit-event-indexes';
import { CreateNotesNotifications1764700000000 } from './migrations/1764700000000-create-notes-notifications';
import { CreateReplies1764800000000 } from './migrations/1764800000000-create-replies';
import { CreateModeration1764900000000 } from './migrations/1764900000000-create-moderation';
import { CreateChannelSync1765000000000 } from './migrations/1765000000000-create-channel-sync';
import { CreateReports1765100000000 } from './migrations/1765100000000-create-reports';
import { SnakeNamingStrategy } from './naming-strategy';
import { SafeTypeOrmLogger } from './safe-typeorm-logger';

export const ENTITIES = [
  ChannelEntity,
  PostEntity,
  CommentEntity,
  CommentRevisionEntity,
  FacetCountEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  LabelCorrectionEntity,
  AuditEventEntity,
  SlaPolicyEntity,
  CaseEntity,
  CaseCommentEntity,
  CaseEventEntity,
  AlertEntity,
  AlertDeliveryEntity,
  CommentNoteEntity,
  NotificationEntity,
  OrganisationSettingsEntity,
  ReplyTemplateEntity,
  ReplyEntity,
  ModerationRuleEntity,
  ModerationListEntity,
  ModerationActionEntity,
  AuthorProfileEntity,
  AuthorNoteEntity,
  ChannelConnectionEntity,
  WebhookInboxEntity,
  ChannelItemVersionEntity,
  ReplyOutboxEntity,
  ReportSpikeEntity,
  ReportSettingsEntity,
];

/** Every migration, oldest first. Listed by class (not a glob) so the bundled server finds them. */
export const MIGRATIONS = [
  CreateCore1763900000000,
  CreateAuth1764000000000,
  CreateLabelCorrections1764200000000,
  CreateAuditEvents1764300000000,
  CreateCases1764400000000,
  CreateAlerts1764500000000,
  AddAuditEventIndexes1764610000000,
  CreateNotesNotifications1764700000000,
  CreateReplies1764800000000,
  CreateModeration1764900000000,
  CreateChannelSync1765000000000,
  CreateReports1765100000000,
];

/**
 * SQLite pragmas applied to every connection. `synchronous = FULL` makes each committed batch
 * durable even if the machine loses power, which "a crash loses no accepted comment" asks for;
 * batches amortise its fsync. `busy_timeout` lets the CLI and the server share the file.
 */
const SQLITE_PRAGMAS = [
  'busy_timeout = 5000',
  'synchronous = FULL',
  'cache_size = -65536',
  'temp_store = MEMORY',
];

/** The one place DataSource options are built, for the server, the CLI, tests and benchmarks. */
export function buildDataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  useDialectColumnTypes(database.kind);
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger: new SafeTypeOrmLogger(),
    logging: ['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[],
    maxQueryExecutionTime: 1000,
  };
  if (database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      applicationName: 'bedside',
      ...(database.schema ? { schema: database.schema } : {}),
      extra: {
        max: database.poolSize,
        connectionTimeoutMillis: 5000,
        // Raw SQL names tables without a schema; the search path points it at the right one.
        ...(database.schema ? { options: `-c search_path="${database.schema}"` } : {}),
      },
    };
  }
  if (database.path !== ':memory:') {
    fs.mkdirSync(path.dirname(database.path), { recursive: true });
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    enableWAL: true,
    statementCacheSize: 200,
    prepareDatabase: (db: { pragma: (source: string) => unknown }) => {
      for (const pragma of SQLITE_PRAGMAS) {
        db.pragma(pragma);
      }
    },
  };
}

const MIGRATION_LOCK = 'bedside:migrations';

/**
 * Applies pending migrations. On PostgreSQL several replicas may start at once: a session
 * advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.release();
  }
}

/** A DataSource opened and migrated: what the server, the CLI and the tests run on. */
export async function openMigratedDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Opens the database and applies pending migrations, as the server does at start. */
export function openDatabase(database: DatabaseConfig): Promise<DataSource> {
  return openMigratedDataSource(buildDataSourceOptions(database));
}
