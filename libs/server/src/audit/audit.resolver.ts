import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/roles.decorator';
import { badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { toAuditActorKind, toAuditEventType } from './audit-event.mapper';
import { type AuditFilter, toAuditFilter } from './audit-filter';
import { auditCursor, AuditQueryService } from './audit-query.service';
import { AuditActor, AuditChainStatus, AuditEventConnection } from './dto/audit-event.types';
import {
  AuditEventsArgs,
  DEFAULT_AUDIT_PAGE_SIZE,
  MAX_AUDIT_PAGE_SIZE,
} from './dto/audit-event-filter.input';

/** A connection remembers its filter so `totalCount` is only counted when a client asks. */
type AuditEventConnectionResult = Omit<AuditEventConnection, 'totalCount'> & {
  filter: AuditFilter;
};

/** The audit page: events, the choices of its filters, and whether the chain is intact. */
@Roles('manager')
@Resolver()
export class AuditResolver {
  constructor(
    private readonly auditQuery: AuditQueryService,
    private readonly clock: Clock,
  ) {}

  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first, filtered and keyset-paginated.',
  })
  async auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnectionResult> {
    const first = args.first ?? DEFAULT_AUDIT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE_SIZE) {
      throw badInput(`"first" must be between 1 and ${MAX_AUDIT_PAGE_SIZE}.`);
    }
    const filter = toAuditFilter(args.filter);
    const page = await this.auditQuery.page(filter, first, args.after ?? null);
    const edges = page.events.map((event) => ({
      cursor: auditCursor(event),
      node: toAuditEventType(event),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      filter,
    };
  }

  @Query(() => [String], {
    description: 'Every action name in the audit trail, sorted, for the action filter.',
  })
  auditActions(): Promise<string[]> {
    return this.auditQuery.actions();
  }

  @Query(() => [AuditActor], {
    description: 'Every person and API token in the audit trail, by name, for the actor filter.',
  })
  async auditActors(): Promise<AuditActor[]> {
    return (await this.auditQuery.actors()).map((actor) => ({
      id: actor.id,
      kind: toAuditActorKind(actor.kind),
      name: actor.name,
    }));
  }

  @Query(() => AuditChainStatus, {
    description:
      'Checks the hash chain of the whole audit trail now (like `bedside audit verify`); takes a few seconds on millions of events.',
  })
  async auditChainStatus(): Promise<AuditChainStatus> {
    const { checked, broken } = await this.auditQuery.verifyChain();
    return {
      intact: broken === null,
      checkedCount: checked,
      brokenAtSeq: broken?.seq ?? null,
      reason: broken?.reason ?? null,
      checkedAt: this.clock.now(),
    };
  }
}

@Roles('manager')
@Resolver(() => AuditEventConnection)
export class AuditEventConnectionResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @ResolveField(() => Int)
  totalCount(@Parent() connection: AuditEventConnectionResult): Promise<number> {
    return this.auditQuery.count(connection.filter);
  }
}
