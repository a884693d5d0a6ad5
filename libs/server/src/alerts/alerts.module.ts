import { Module } from '@nestjs/common';

import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/env.schema';
import { ALERT_SENDERS, AlertDispatcher } from './alert-dispatcher.service';
import { createAlertSenders } from './alert-senders';
import { AlertsResolver } from './alerts.resolver';
import { AlertsService } from './alerts.service';

/** Raising, listing and acknowledging critical alerts: the CLI raises them on import too. */
@Module({
  providers: [AlertsService, AlertsResolver],
  exports: [AlertsService],
})
export class AlertsModule {}

/**
 * Sending them: only the server, so a CLI import never waits on a webhook; what it raised is
 * delivered by the server's next sweep.
 */
@Module({
  imports: [AlertsModule],
  providers: [
    AlertDispatcher,
    {
      provide: ALERT_SENDERS,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock) =>
        createAlertSenders(config.alerts, () => clock.now()),
    },
  ],
  exports: [AlertDispatcher],
})
export class AlertDispatchModule {}
