import { createHash } from 'node:crypto';

import {
  type ChannelEvent,
  createConnectorRegistry,
  type InboundWebhook,
  type WebhookOutcome,
} from '@bedside/channels';
import { type ChannelKind, isChannelKind } from '@bedside/domain';
import { Injectable } from '@nestjs/common';

import { Clock } from '../../common/clock';
import { newId } from '../../common/ids';
import { Transactor } from '../../database/transactor';
import { DomainEvents } from '../../events/domain-events';
import { ChannelConnectionsService } from '../channel-connections.service';
import { WebhookInboxEntity } from './webhook-inbox.entity';

/** What the endpoint answers: a status, and a body for handshakes. */
export interface WebhookResponse {
  status: number;
  contentType: string;
  body: string;
}

interface PendingWrite {
  row: WebhookInboxEntity;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Deliveries written per transaction at most; the rest wait for the next one. */
const GROUP_COMMIT_LIMIT = 500;

/**
 * Verifies webhook deliveries and writes the accepted ones to the inbox before they are
 * acknowledged. Deliveries that arrive together share one transaction (group commit), so a burst
 * costs one fsync per batch, not per request, and each request is still answered only after its
 * own row is durable.
 */
@Injectable()
export class WebhookReceiver {
  // Parsing needs no I/O and no account: one connector per kind serves every delivery.
  private readonly parsers = createConnectorRegistry({ now: () => this.clock.now() });
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly connections: ChannelConnectionsService,
    private readonly events: DomainEvents,
  ) {}

  async receive(kindParam: string, request: InboundWebhook): Promise<WebhookResponse> {
    const kind = isChannelKind(kindParam) ? kindParam : null;
    const connector = kind ? this.parsers[kind] : null;
    if (!kind || !connector?.handleWebhook) {
      return text(404, 'No webhooks for this channel kind.');
    }
    const candidates = await this.connections.webhookSecrets(kind);
    let refusal: WebhookOutcome | null = null;
    for (const { secrets, accountRefs } of candidates) {
      const outcome = connector.handleWebhook(request, secrets);
      if (outcome.kind === 'rejected') {
        refusal ??= outcome;
        continue;
      }
      if (outcome.kind === 'challenge') {
        return { status: 200, contentType: outcome.contentType, body: outcome.body };
      }
      if (outcome.kind === 'ignored') {
        return text(200, 'ignored');
      }
      // A secret proves the delivery came from the app; its accounts bound what it may write.
      const events = outcome.events.filter((item) => accountRefs.includes(item.accountRef));
      if (events.length > 0) {
        await this.store(kind, request.rawBody, events);
      }
      return text(200, 'ok');
    }
    if (refusal?.kind === 'rejected') {
      return text(refusal.status, refusal.reason);
    }
    return text(401, 'No connected channel of this kind accepts webhooks.');
  }

  private store(
    kind: ChannelKind,
    rawBody: Buffer,
    events: Array<{ accountRef: string; event: ChannelEvent }>,
  ): Promise<void> {
    const now = this.clock.now();
    const row: WebhookInboxEntity = {
      id: newId(),
      channelKind: kind,
      deliveryKey: createHash('sha256').update(kind).update('\u0000').update(rawBody).digest('hex'),
      rawBody: rawBody.toString('utf8'),
      events: JSON.stringify(
        events.map(({ accountRef, event }) => ({ accountRef, event: slim(event) })),
      ),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      receivedAt: now,
      processedAt: null,
      error: null,
    };
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    // Let the requests already on their way join this transaction.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, GROUP_COMMIT_LIMIT);
      try {
        await this.transactor.run((manager) =>
          manager
            .createQueryBuilder()
            .insert()
            .into(WebhookInboxEntity)
            .values(batch.map((pending) => pending.row))
            // A redelivery of the same body is already stored: acknowledging it again is right.
            .orIgnore()
            .execute(),
        );
        for (const pending of batch) {
          pending.resolve();
        }
      } catch (error) {
        for (const pending of batch) {
          pending.reject(error);
        }
      }
    }
    this.flushing = null;
    this.events.publish({ type: 'webhooks.received' });
  }
}

/** The raw item is already in `raw_body`: the parsed events need not carry a second copy. */
function slim(event: ChannelEvent): ChannelEvent {
  return event.type === 'upsert' ? { ...event, comment: { ...event.comment, raw: null } } : event;
}

function text(status: number, body: string): WebhookResponse {
  return { status, contentType: 'text/plain; charset=utf-8', body };
}
