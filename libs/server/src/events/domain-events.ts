import { Injectable, Logger } from '@nestjs/common';

/**
 * What happened, after it committed. Features publish these once their transaction is done;
 * live updates (GraphQL subscriptions), alert delivery and the like listen. Payloads carry ids
 * and labels only, never comment text or other PHI.
 */
export type DomainEvent =
  | {
      type: 'comments.ingested';
      /** Comments stored for the first time. */
      newIds: string[];
      /** Comments whose text changed (a platform edit). */
      editedIds: string[];
    }
  | {
      type: 'comment.changed';
      commentId: string;
      change: 'status' | 'assignment' | 'labels' | 'notes' | 'case' | 'reply' | 'platform';
      /** The user who changed it; null for the system. */
      userId: string | null;
    }
  | { type: 'case.changed'; caseId: string; commentIds: string[]; userId: string | null }
  | { type: 'alert.raised'; alertIds: string[] }
  | { type: 'alert.acknowledged'; alertId: string; userId: string | null }
  | { type: 'session.ended'; sessionId: string }
  | {
      type: 'presence.changed';
      commentId: string;
    }
  | { type: 'notification.created'; notificationIds: string[] }
  /** Webhook deliveries were written to the inbox and wait for processing. */
  | { type: 'webhooks.received' }
  /** Replies were queued for posting to their platforms. */
  | { type: 'replies.queued' };

export type DomainEventType = DomainEvent['type'];
export type DomainEventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
type Handler<T extends DomainEventType> = (event: DomainEventOf<T>) => void | Promise<void>;
/** How handlers are kept: `on` pairs each with its own event type. */
type AnyHandler = (event: DomainEvent) => void | Promise<void>;

/** An in-process event bus. A listener that throws is logged and never fails the publisher. */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<DomainEventType, Set<AnyHandler>>();

  /** Listens to one event type; returns the function that stops listening. */
  on<T extends DomainEventType>(type: T, handler: Handler<T>): () => void {
    const set = this.handlers.get(type) ?? new Set();
    const stored = handler as AnyHandler;
    set.add(stored);
    this.handlers.set(type, set);
    return () => set.delete(stored);
  }

  publish(event: DomainEvent): void {
    for (const handler of this.handlers.get(event.type) ?? []) {
      try {
        const result = (handler as Handler<typeof event.type>)(event);
        if (result instanceof Promise) {
          result.catch((error: unknown) => this.report(event.type, error));
        }
      } catch (error) {
        this.report(event.type, error);
      }
    }
  }

  private report(type: DomainEventType, error: unknown): void {
    // The message only: an error from a listener may quote data we must not log.
    const name = error instanceof Error ? error.name : 'Error';
    this.logger.error(`A listener of ${type} failed (${name})`);
  }
}
