import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type GraphQLError, type ValidationContext } from 'graphql';

import { AlertDispatchModule, AlertsModule } from './alerts/alerts.module';
import { AssignmentModule } from './assignment/assignment.module';
import { AuditApiModule, AuditModule } from './audit/audit.module';
import { AuthApiModule, AuthModule } from './auth/auth.module';
import { AuthorsModule } from './authors/authors.module';
import { CasesModule } from './cases/cases.module';
import { ChannelsModule } from './channels/channels.module';
import { ChannelSyncModule } from './channels/sync/channel-sync.module';
import { CommentsModule } from './comments/comments.module';
import { CoreModule } from './common/core.module';
import { formatGraphQLError } from './common/graphql-errors';
import { type GraphQLContext, LoadersFactory } from './common/loaders';
import { LoadersModule } from './common/loaders.module';
import { ConfigModule } from './config/config.module';
import { type AppConfig } from './config/env.schema';
import { CorrectionsModule } from './corrections/corrections.module';
import { buildDataSourceOptions, openMigratedDataSource } from './database/data-source';
import { HealthModule } from './health/health.module';
import { IngestModule } from './ingest/ingest.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotesModule } from './notes/notes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PostsModule } from './posts/posts.module';
import { PresenceModule } from './presence/presence.module';
import { RealtimeModule, SubscriptionServerModule } from './realtime/realtime.module';
import { SubscriptionServer } from './realtime/subscription-server';
import { RedisModule } from './redis/redis.module';
import { RepliesModule } from './replies/replies.module';
import { ReportsModule } from './reports/reports.module';
import { SampleModule } from './sample/sample.module';
import { SettingsModule } from './settings/settings.module';
import { SlaModule } from './sla/sla.module';
import { UsersApiModule } from './users/users.module';

/** Limits on one GraphQL operation (the dashboard's deepest query, a thread, needs 6 levels). */
export const GRAPHQL_MAX_DEPTH = 10;
export const GRAPHQL_MAX_COST = 50_000;
export const GRAPHQL_MAX_ALIASES = 15;

/** Report a refused operation as a validation error (BAD_USER_INPUT), not as a crash. */
const REPORT = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

/** The features without any transport: what the CLI runs as a Nest application context. */
@Module({})
export class ServicesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ServicesModule,
      imports: [
        ConfigModule.forRoot(config),
        // Pending migrations run when the connection opens: nothing ever runs on an old schema.
        TypeOrmModule.forRootAsync({
          useFactory: () => buildDataSourceOptions(config.database),
          dataSourceFactory: (options) => {
            if (!options) {
              throw new Error('No database options');
            }
            return openMigratedDataSource(options);
          },
        }),
        CoreModule,
        RedisModule,
        AuditModule,
        AuthModule,
        ChannelsModule,
        PostsModule,
        CommentsModule,
        IngestModule,
        CorrectionsModule,
        SampleModule,
        SlaModule,
        CasesModule,
        AlertsModule,
        RealtimeModule,
        NotificationsModule,
        NotesModule,
        AssignmentModule,
        PresenceModule,
        SettingsModule,
        RepliesModule,
        ModerationModule,
        AuthorsModule,
      ],
    };
  }
}

/** Wiring only: the whole server (GraphQL API and health route) over the services. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicesModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule, SubscriptionServerModule],
          inject: [LoadersFactory, SubscriptionServer],
          useFactory: (
            loaders: LoadersFactory,
            sockets: SubscriptionServer,
          ): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: config.env !== 'production',
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphQLError,
            // A query is refused before it runs when it nests too deep, costs too much or
            // repeats a field under many aliases: cheap requests cannot be turned into expensive ones.
            validationRules: [
              maxDepthRule({ n: GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, ...REPORT }),
              costLimitRule({ maxCost: GRAPHQL_MAX_COST, ...REPORT }),
              maxAliasesRule({ n: GRAPHQL_MAX_ALIASES, ...REPORT }),
            ],
            // GraphQL over WebSocket (graphql-ws) on the same path, for subscriptions.
            subscriptions: { 'graphql-ws': sockets.options() },
            context: (req: unknown, reply: unknown): GraphQLContext =>
              sockets.contextFor(req) ?? { loaders: loaders.create(), req, reply },
          }),
        }),
        AuthApiModule,
        UsersApiModule,
        AuditApiModule,
        HealthModule,
        // Sends critical alerts (webhook, e-mail): the server only, never a CLI run.
        AlertDispatchModule,
        // Webhooks, polling and the reply outbox: the server only.
        ChannelSyncModule,
        ReportsModule,
      ],
    };
  }
}
