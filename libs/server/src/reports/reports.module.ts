import { Module } from '@nestjs/common';

import { SlaModule } from '../sla/sla.module';
import { ReportExportController } from './report-export.controller';
import { ReportTables } from './report-tables';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { SpikeWatch } from './spike-watch.service';

/** Reports over the rollups, their CSV/zip export and the spike detector (the server only). */
@Module({
  imports: [SlaModule],
  controllers: [ReportExportController],
  providers: [ReportsService, ReportTables, SpikeWatch, ReportsResolver],
  exports: [ReportsService, SpikeWatch],
})
export class ReportsModule {}
