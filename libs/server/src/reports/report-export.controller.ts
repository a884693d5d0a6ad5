import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { strToU8, zipSync } from 'fflate';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { isReportTable, REPORT_TABLES, ReportTables } from './report-tables';
import { type ReportScope, ReportsService } from './reports.service';

function parseDate(value: unknown, name: string): Date | null {
  if (typeof value !== 'string' || value === '') {
    if (value === undefined || value === '') {
      return null;
    }
    throw badInput(`${name} must be an ISO date.`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw badInput(`${name} must be an ISO date.`);
  }
  return date;
}

/**
 * `GET /api/reports/{measure}.csv?from=…&to=…&channelIds=a,b&postId=…` and
 * `GET /api/reports/report.zip?…`: each chart's table as CSV, or all of them in one zip for the
 * leadership meeting. Exports are audited with their range.
 */
@Roles('agent')
@Controller('api/reports')
export class ReportExportController {
  constructor(
    private readonly reports: ReportsService,
    private readonly tables: ReportTables,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('report.zip')
  async zip(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const scope = this.scope(query);
    const files: Record<string, Uint8Array> = {};
    for (const name of REPORT_TABLES) {
      files[`${name}.csv`] = strToU8(await this.tables.csv(name, scope));
    }
    await this.record(actor, 'all', scope);
    const archive = zipSync(files);
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${fileStem(scope)}.zip"`)
      .send(Buffer.from(archive));
  }

  @Get(':measure')
  async csv(
    @Param('measure') file: string,
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const measure = file.replace(/\.csv$/, '');
    if (!file.endsWith('.csv') || !isReportTable(measure)) {
      throw badInput(`Unknown report table; one of ${REPORT_TABLES.join(', ')}.`);
    }
    const scope = this.scope(query);
    const csv = await this.tables.csv(measure, scope);
    await this.record(actor, measure, scope);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileStem(scope)}-${measure}.csv"`)
      .send(csv);
  }

  private scope(query: Record<string, unknown>): ReportScope {
    const from = parseDate(query['from'], 'from');
    if (!from) {
      throw badInput('from is required (an ISO date).');
    }
    const channelIds =
      typeof query['channelIds'] === 'string' && query['channelIds'] !== ''
        ? query['channelIds'].split(',')
        : null;
    const postId =
      typeof query['postId'] === 'string' && query['postId'] !== '' ? query['postId'] : null;
    return this.reports.scope(
      { from, to: parseDate(query['to'], 'to'), channelIds, postId },
      this.clock.now(),
    );
  }

  private record(actor: Actor, measure: string, scope: ReportScope): Promise<void> {
    return this.audit.recordNow({
      actor,
      action: 'reports.exported',
      targetType: null,
      details: {
        measure,
        from: scope.range.from.toISOString(),
        to: scope.range.to.toISOString(),
        channelIds: scope.channelIds,
        postId: scope.postId,
      },
    });
  }
}

function fileStem(scope: ReportScope): string {
  return `bedside-report-${scope.range.from.toISOString().slice(0, 10)}-to-${scope.range.to.toISOString().slice(0, 10)}`;
}
