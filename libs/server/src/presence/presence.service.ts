import { Injectable, type OnModuleDestroy } from '@nestjs/common';

import { type Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { DomainEvents } from '../events/domain-events';
import { type PresenceActivity, PresenceBoard, type PresenceEntry } from './presence-board';

/** How long a report keeps someone listed; the dashboard renews every 20 s. */
export const PRESENCE_TTL_MS = 45_000;
const SWEEP_EVERY_MS = 5_000;

/**
 * Presence of this server's users. One server keeps it in memory; several replicas will share
 * it through Redis (the scale-out issue) behind this same service.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly board = new PresenceBoard(PRESENCE_TTL_MS);
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {
    this.timer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  report(commentId: string, actor: Actor, activity: PresenceActivity | null): PresenceEntry[] {
    const person = { userId: actor.userId ?? actor.id, displayName: actor.displayName };
    if (this.board.report(commentId, person, activity, this.clock.now())) {
      this.events.publish({ type: 'presence.changed', commentId });
    }
    return this.list(commentId);
  }

  list(commentId: string): PresenceEntry[] {
    return this.board.list(commentId, this.clock.now());
  }

  /** Lapses entries nobody renewed and tells the dashboards. */
  sweep(): void {
    for (const commentId of this.board.sweep(this.clock.now())) {
      this.events.publish({ type: 'presence.changed', commentId });
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
