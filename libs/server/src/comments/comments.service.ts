import { type CommentStatus } from '@bedside/domain';
import { durationBucket } from '@bedside/reports';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { ChannelsService } from '../channels/channels.service';
import { notFound } from '../common/app-error';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { ReportRollups } from '../reports/report-rollups';
import { CommentEntity } from './comment.entity';
import {
  ALIAS,
  applyFilter,
  applyKeyset,
  applyKeysetAfterKeys,
  cursorFor,
  orderKeysOf,
  type RawOrderKeys,
  type ResolvedFilter,
  type SearchPlan,
  selectOrderKeys,
} from './comment-query';
import { CommentSearchService } from './comment-search.service';
import { type CommentFilter, CommentOrder } from './dto/comment-filter.input';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './dto/comments.args';
import {
  emptyStatusCounts,
  FACET_FILTER_FIELDS,
  FacetCountsService,
  type StatusCounts,
} from './facet-counts.service';
import { toSearchTerms } from './search-query';

export interface CommentPage {
  edges: { cursor: string; node: CommentEntity }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface ListCommentsRequest {
  filter?: CommentFilter | null;
  order?: CommentOrder | null;
  first?: number | null;
  after?: string | null;
}

const MAX_REPLIES = 200;
const MAX_THREAD_DEPTH = 20;

@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly facets: FacetCountsService,
    private readonly searches: CommentSearchService,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly rollups: ReportRollups,
  ) {}

  /** One keyset page of the inbox. */
  async list(request: ListCommentsRequest): Promise<CommentPage> {
    const order = request.order ?? CommentOrder.NEWEST;
    const first = Math.min(Math.max(request.first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    const empty: CommentPage = {
      edges: [],
      hasNextPage: false,
      hasPreviousPage: Boolean(request.after),
    };
    const filter = await this.resolveFilter(request.filter ?? {});
    let search = await this.searches.plan(filter.search);
    if (search?.mode === 'fts-walk') {
      const rowids = await this.walkSearch(filter, search, order, request.after, first + 1);
      search = rowids ? { mode: 'rowids', rowids } : { mode: 'fts-scan', query: search.query };
    }
    const qb = this.dataSource.getRepository(CommentEntity).createQueryBuilder(ALIAS);
    if (!applyFilter(qb, filter, search)) {
      return empty;
    }
    applyKeyset(qb, order, request.after);
    const rows = await qb.limit(first + 1).getMany();
    const page = rows.slice(0, first);
    return {
      edges: page.map((node) => ({ cursor: cursorFor(order, node), node })),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(request.after),
    };
  }

  /**
   * The rowids of the first `limit` rows of a page that match an fts-walk search: walks the
   * filtered rows in the page's order, a chunk at a time, and asks FTS5 which rows of each chunk
   * match. Work is bounded: null when the walk's budget runs out first (the caller then reads
   * the page the fts-scan way). The page itself is then read by these rowids, so it is exactly
   * the page any other plan returns.
   */
  private async walkSearch(
    filter: ResolvedFilter,
    search: Extract<SearchPlan, { mode: 'fts-walk' }>,
    order: CommentOrder,
    after: string | null | undefined,
    limit: number,
  ): Promise<number[] | null> {
    const { min, max, budget } = this.searches.walkChunk;
    let size = Math.min(max, Math.max(min, Math.ceil((1.5 * limit) / search.density)));
    let from: RawOrderKeys | null = null;
    let walked = 0;
    const found: number[] = [];
    for (;;) {
      const qb = this.dataSource.getRepository(CommentEntity).createQueryBuilder(ALIAS);
      if (!applyFilter(qb, filter, null)) {
        return [];
      }
      selectOrderKeys(qb, order);
      applyKeyset(qb, order, after);
      if (from) {
        applyKeysetAfterKeys(qb, order, from);
      }
      const rows = await qb.limit(size).getRawMany<Record<string, unknown>>();
      const rowids = rows.map((row) => Number(row.rowid));
      const matching = await this.searches.matchingRowids(search.query, rowids);
      for (const rowid of rowids) {
        if (matching.has(rowid) && found.push(rowid) === limit) {
          return found;
        }
      }
      walked += rows.length;
      if (rows.length < size) {
        return found;
      }
      if (walked >= budget) {
        return null;
      }
      from = orderKeysOf(order, rows[rows.length - 1]);
      size = Math.min(max, size * 2);
    }
  }

  /**
   * How many comments match. Categorical filters (status, channel, urgency, sentiment, intent,
   * PHI) are answered from the facet counts; search, dates and assignee are counted by the database.
   */
  async count(rawFilter: CommentFilter | null | undefined): Promise<number> {
    const filter = await this.resolveFilter(rawFilter ?? {});
    if (isCountableFromFacets(filter)) {
      const counts = await this.facets.byStatus(filter);
      return Object.values(counts).reduce((total, count) => total + count, 0);
    }
    if (filter.search && isSearchOnly(filter)) {
      const words = await this.searches.countOneWord(filter.search);
      if (words !== null) {
        return words;
      }
    }
    const search = await this.searches.plan(filter.search);
    if (search && isSearchOnly(filter)) {
      const matches = await this.searches.countMatches(search);
      if (matches !== null) {
        return matches;
      }
    }
    const qb = this.dataSource.getRepository(CommentEntity).createQueryBuilder(ALIAS);
    if (!applyFilter(qb, filter, search)) {
      return 0;
    }
    return qb.getCount();
  }

  /** Comments per status for the tab badges, under every filter field except status. */
  async countByStatus(rawFilter: CommentFilter | null | undefined): Promise<StatusCounts> {
    const filter = await this.resolveFilter({ ...(rawFilter ?? {}), status: null });
    if (isCountableFromFacets(filter)) {
      return this.facets.byStatus(filter);
    }
    const search = await this.searches.plan(filter.search);
    const qb = this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder(ALIAS)
      .select(`${ALIAS}.status`, 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy(`${ALIAS}.status`);
    const counts = emptyStatusCounts();
    if (!applyFilter(qb, filter, search)) {
      return counts;
    }
    for (const row of await qb.getRawMany<{ status: CommentStatus; count: string | number }>()) {
      counts[row.status] = Number(row.count);
    }
    return counts;
  }

  async findById(id: string): Promise<CommentEntity | null> {
    return this.dataSource.getRepository(CommentEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource.getRepository(CommentEntity).findBy({ id: In([...ids]) });
  }

  /** Direct replies of each parent, oldest first, at most MAX_REPLIES each. */
  async findReplies(parentIds: readonly string[]): Promise<Map<string, CommentEntity[]>> {
    const rows = await this.dataSource.getRepository(CommentEntity).find({
      where: { parentId: In([...parentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byParent = new Map<string, CommentEntity[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const list = byParent.get(row.parentId ?? '');
      if (list && list.length < MAX_REPLIES) {
        list.push(row);
      }
    }
    return byParent;
  }

  async countReplies(parentIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder(ALIAS)
      .select(`${ALIAS}.parentId`, 'parentId')
      .addSelect('COUNT(*)', 'count')
      .where(`${ALIAS}.parentId IN (:...parentIds)`, { parentIds: [...parentIds] })
      .groupBy(`${ALIAS}.parentId`)
      .getRawMany<{ parentId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.parentId, Number(row.count)]));
  }

  /** The thread above a comment, top-level comment first. */
  async findAncestors(comment: Pick<CommentEntity, 'id' | 'parentId'>): Promise<CommentEntity[]> {
    const ancestors: CommentEntity[] = [];
    let parentId = comment.parentId;
    const seen = new Set([comment.id]);
    while (parentId && ancestors.length < MAX_THREAD_DEPTH && !seen.has(parentId)) {
      const parent = await this.findById(parentId);
      if (!parent) {
        break;
      }
      seen.add(parent.id);
      ancestors.unshift(parent);
      parentId = parent.parentId;
    }
    return ancestors;
  }

  /** Moves a comment to another workflow status; the facet counts follow in the same transaction. */
  async updateStatus(
    id: string,
    status: CommentStatus,
    now: Date,
    actor: Actor | null = null,
  ): Promise<CommentEntity> {
    const { comment: updated, changed } = await this.transactor.run((manager) =>
      this.changeStatus(manager, { id, status, now, actor }),
    );
    if (changed) {
      this.events.publish({
        type: 'comment.changed',
        commentId: id,
        change: 'status',
        userId: actor?.userId ?? null,
      });
    }
    return updated;
  }

  /**
   * The status change inside the caller's transaction, for use cases that move comments as part
   * of a larger change (escalating comments to a case). The caller publishes after commit.
   */
  async changeStatus(
    manager: EntityManager,
    change: { id: string; status: CommentStatus; now: Date; actor: Actor | null },
  ): Promise<{ comment: CommentEntity; changed: boolean }> {
    const { id, status, now, actor } = change;
    const repository = manager.getRepository(CommentEntity);
    const comment = await repository.findOneBy({ id });
    if (!comment) {
      throw notFound('The comment');
    }
    if (comment.status === status) {
      return { comment, changed: false };
    }
    const previous = comment.status;
    // Cases and SLAs: the first reply stops the comment's first-response clock, for good.
    const firstRespondedAt =
      status === 'replied' && !comment.firstRespondedAt ? now : comment.firstRespondedAt;
    await repository.update({ id }, { status, statusChangedAt: now, firstRespondedAt });
    if (firstRespondedAt && !comment.firstRespondedAt) {
      await this.rollups.addFirstResponse(manager, {
        channelId: comment.channelId,
        receivedAt: comment.receivedAt,
        urgencyRank: comment.urgencyRank,
        bucket: durationBucket(firstRespondedAt.getTime() - comment.receivedAt.getTime()),
      });
    }
    await this.facets.move(manager, { ...comment, status: previous }, { ...comment, status });
    await this.audit.record(manager, {
      actor,
      action: 'comment.status_changed',
      targetType: 'comment',
      targetId: id,
      details: { from: previous, to: status, revision: comment.revision },
    });
    return {
      comment: { ...comment, status, statusChangedAt: now, firstRespondedAt },
      changed: true,
    };
  }

  private async resolveFilter(filter: CommentFilter): Promise<ResolvedFilter> {
    let channelIds = filter.channelId ?? null;
    if (filter.channel != null) {
      const ofKinds = await this.channels.idsForKinds(filter.channel);
      channelIds = channelIds ? channelIds.filter((id) => ofKinds.includes(id)) : ofKinds;
    }
    // A search box with no words in it (empty, punctuation, emoji) searches for nothing: drop it
    // so it cannot turn a facet count into a full count.
    const search = filter.search && toSearchTerms(filter.search).length > 0 ? filter.search : null;
    return { ...filter, search, channelIds };
  }
}

/** True when the filter is a search and nothing else (the channel list resolved to "all"). */
function isSearchOnly(filter: ResolvedFilter): boolean {
  return Object.entries(filter).every(([field, value]) => value == null || field === 'search');
}

function isCountableFromFacets(filter: ResolvedFilter): boolean {
  return Object.entries(filter).every(
    ([field, value]) =>
      value == null ||
      field === 'channel' ||
      field === 'channelId' ||
      FACET_FILTER_FIELDS.includes(field),
  );
}
