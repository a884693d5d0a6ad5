import { Module } from '@nestjs/common';

import { CommentsModule } from '../../comments/comments.module';
import { IngestModule } from '../../ingest/ingest.module';
import { RepliesModule } from '../../replies/replies.module';
import { ChannelsModule } from '../channels.module';
import { ChannelConnectionsResolver, ReplyPostingResolver } from './channel-connections.resolver';
import { ChannelEventApplier } from './channel-event-applier';
import { ChannelPoller } from './channel-poller.service';
import { ReplyOutboxWorker } from './reply-outbox.worker';
import { WebhookInboxWorker } from './webhook-inbox.worker';
import { WebhookReceiver } from './webhook-receiver.service';
import { WebhooksController } from './webhooks.controller';

/**
 * Receiving from and posting to connected channels: the webhook endpoint and inbox, the poll
 * scheduler and the reply outbox. The server only; the CLI reads their state from the database.
 */
@Module({
  imports: [ChannelsModule, IngestModule, CommentsModule, RepliesModule],
  controllers: [WebhooksController],
  providers: [
    ChannelEventApplier,
    WebhookReceiver,
    WebhookInboxWorker,
    ChannelPoller,
    ReplyOutboxWorker,
    ChannelConnectionsResolver,
    ReplyPostingResolver,
  ],
  exports: [ChannelPoller, WebhookInboxWorker, ReplyOutboxWorker, ChannelEventApplier],
})
export class ChannelSyncModule {}
