import { Global, Module } from '@nestjs/common';

import { Transactor } from '../database/transactor';
import { Clock } from './clock';
import { ShutdownLogger } from './shutdown-logger';

/** Cross-cutting providers every feature may inject. */
@Global()
@Module({
  providers: [Clock, Transactor, ShutdownLogger],
  exports: [Clock, Transactor],
})
export class CoreModule {}
