import { Global, Module } from '@nestjs/common';

import { AuditService } from './audit.service';

/** The audit trail: every feature that changes something records it here. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
