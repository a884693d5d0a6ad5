import { Global, Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { CommentsModule } from '../comments/comments.module';
import { LoadersModule } from '../common/loaders.module';
import { AlertsEventsResolver } from './alerts-events.resolver';
import { InboxEventsResolver } from './inbox-events.resolver';
import { createInProcessPubSub, PUB_SUB } from './pub-sub';
import { RealtimeBridge } from './realtime-bridge';
import { SubscriptionServer } from './subscription-server';

/** The subscription engine every feature publishes to, and the inbox's live feed. */
@Global()
@Module({
  imports: [CommentsModule],
  providers: [
    { provide: PUB_SUB, useFactory: createInProcessPubSub },
    RealtimeBridge,
    InboxEventsResolver,
    AlertsEventsResolver,
  ],
  exports: [PUB_SUB],
})
export class RealtimeModule {}

/** The WebSocket endpoint's authentication: only where the server listens (not in CLI runs). */
@Module({
  imports: [AuthModule, LoadersModule],
  providers: [SubscriptionServer],
  exports: [SubscriptionServer],
})
export class SubscriptionServerModule {}
