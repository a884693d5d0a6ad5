import { createTransport } from 'nodemailer';

import { type AlertsConfig } from '../config/env.schema';
import { type AlertTransport } from './alert-delivery.entity';
import {
  alertEmail,
  type AlertNotice,
  SIGNATURE_HEADER,
  signBody,
  TIMESTAMP_HEADER,
  webhookPayload,
} from './alert-notice';
import { DeliveryError } from './delivery-retry';

/** How long one webhook call may take before it counts as failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Sends one alert through one transport; throws when it was not accepted. */
export interface AlertSender {
  readonly transport: AlertTransport;
  send(notice: AlertNotice): Promise<void>;
  close(): Promise<void>;
}

/** POSTs the signed, PHI-free JSON payload to the configured URL. */
export class WebhookAlertSender implements AlertSender {
  readonly transport = 'webhook';

  constructor(
    private readonly settings: { url: string; secret: string },
    private readonly now: () => Date,
  ) {}

  async send(notice: AlertNotice): Promise<void> {
    const body = JSON.stringify(webhookPayload(notice));
    const response = await fetch(this.settings.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Bedside-Alerts/1',
        [SIGNATURE_HEADER]: signBody(body, this.settings.secret),
        [TIMESTAMP_HEADER]: String(Math.floor(this.now().getTime() / 1000)),
      },
      body,
      // A redirect would re-send the signed body somewhere nobody configured.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    // The body is never read: only the status matters, and it must not end up in a log.
    await response.body?.cancel();
    if (response.status < 200 || response.status >= 300) {
      throw new DeliveryError(`HTTP ${response.status}`);
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Sends the PHI-free e-mail over SMTP (nodemailer), one connection per message. */
export class EmailAlertSender implements AlertSender {
  readonly transport = 'email';
  private readonly mailer;

  constructor(private readonly settings: { smtpUrl: string; from: string; to: string[] }) {
    this.mailer = createTransport({
      url: settings.smtpUrl,
      // nodemailer waits minutes by default; an alert that cannot go out should be retried soon.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(notice: AlertNotice): Promise<void> {
    const email = alertEmail(notice);
    await this.mailer.sendMail({
      from: this.settings.from,
      to: this.settings.to,
      subject: email.subject,
      text: email.text,
      headers: { 'X-Bedside-Alert-Id': notice.alertId },
    });
  }

  close(): Promise<void> {
    this.mailer.close();
    return Promise.resolve();
  }
}

/** The senders of the configured transports; a transport left unconfigured has none. */
export function createAlertSenders(config: AlertsConfig, now: () => Date): AlertSender[] {
  const senders: AlertSender[] = [];
  if (config.webhook) {
    senders.push(new WebhookAlertSender(config.webhook, now));
  }
  if (config.email) {
    senders.push(new EmailAlertSender(config.email));
  }
  return senders;
}

/** The transports alerts get deliveries for, from the configuration alone (the CLI has no senders). */
export function configuredTransports(config: AlertsConfig): AlertTransport[] {
  return [
    ...(config.webhook ? (['webhook'] as const) : []),
    ...(config.email ? (['email'] as const) : []),
  ];
}
