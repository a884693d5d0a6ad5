import { Global, Module } from '@nestjs/common';

import { AuditEventConnectionResolver, AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditExportController } from './audit-export.controller';
import { AuditQueryService } from './audit-query.service';

/** The audit trail: every feature that changes something records it here. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}

/** The audit page's API: events, filters, chain check and the CSV export. */
@Module({
  providers: [AuditQueryService, AuditResolver, AuditEventConnectionResolver],
  controllers: [AuditExportController],
})
export class AuditApiModule {}
