import { pipeline, Readable } from 'node:stream';

import { Controller, Get, Query, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import { logger } from '../logging/logger';
import { AuditService } from './audit.service';
import { createAuditCsvStringifier, parseAuditExportQuery, toCsvRecord } from './audit-csv';
import { describeAuditFilter } from './audit-filter';
import { AuditQueryService } from './audit-query.service';

/**
 * `GET /api/audit-events.csv?…`: the audit trail as CSV, with the audit page's filters. Streamed
 * a page at a time, so a trail of millions of events never sits in memory; the export itself is
 * recorded (`audit.exported`, with its filter) before the first row leaves the server.
 */
@Roles('manager')
@Controller('api')
export class AuditExportController {
  constructor(
    private readonly auditQuery: AuditQueryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('audit-events.csv')
  async exportCsv(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const filter = parseAuditExportQuery(query);
    const upToSeq = await this.auditQuery.lastSeq();
    await this.audit.recordNow({
      actor,
      action: 'audit.exported',
      targetType: null,
      details: { filter: describeAuditFilter(filter), upToSeq },
    });
    const csv = createAuditCsvStringifier();
    pipeline(
      Readable.from(this.auditQuery.stream(filter, upToSeq)),
      async function* (events: AsyncIterable<Parameters<typeof toCsvRecord>[0]>) {
        for await (const event of events) {
          yield toCsvRecord(event);
        }
      },
      csv,
      (error) => {
        if (error) {
          // The name only: a database message could quote data.
          logger.error({ err: { name: error.name } }, 'audit CSV export failed');
        }
      },
    );
    const day = this.clock.now().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="bedside-audit-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  }
}
