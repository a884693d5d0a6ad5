import { Global, Module } from '@nestjs/common';

import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { Clock } from './clock';
import { ShutdownLogger } from './shutdown-logger';

/** Cross-cutting providers every feature may inject. */
@Global()
@Module({
  providers: [Clock, Transactor, ShutdownLogger, DomainEvents],
  exports: [Clock, Transactor, DomainEvents],
})
export class CoreModule {}
