import * as path from 'node:path';

import { ConfigError, loadConfig } from './env.schema';

describe('loadConfig', () => {
  it('uses SQLite under ./data with port 3000 by default', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'sqlite',
      path: path.resolve('./data/bedside.sqlite'),
    });
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/test' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@127.0.0.1:5432/test',
      poolSize: 10,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a number (got "abc")'],
    [{ PORT: '70000' }, 'PORT: must be an integer between 1 and 65535 (got "70000")'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of fatal, error'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV: must be one of development, production, test'],
    [{ DATABASE_URL: 'mysql://secret@host/db' }, 'DATABASE_URL: must be a postgres:// URL'],
  ])('names the bad variable in %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes the database URL, which can hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/x' })).not.toThrow(/hunter2/);
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '0', LOG_LEVEL: 'x' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  describe('critical alerts', () => {
    it('sends nothing by default and links to the server itself', () => {
      expect(loadConfig({ HOST: '0.0.0.0', PORT: '4000' }).alerts).toEqual({
        publicUrl: 'http://localhost:4000',
        webhook: null,
        email: null,
      });
    });

    it('reads the webhook and the e-mail settings', () => {
      const config = loadConfig({
        BEDSIDE_PUBLIC_URL: 'https://bedside.example-hospital.org/',
        ALERT_WEBHOOK_URL: 'https://pager.example-hospital.org/hooks/bedside',
        ALERT_WEBHOOK_SECRET: 'a-long-shared-secret',
        SMTP_URL: 'smtp://bedside:pw@mail.example-hospital.org:587',
        ALERT_EMAIL_FROM: 'Bedside <bedside@example-hospital.org>',
        ALERT_EMAIL_TO: 'social@example-hospital.org, oncall@example-hospital.org',
      });
      expect(config.alerts).toEqual({
        publicUrl: 'https://bedside.example-hospital.org',
        webhook: {
          url: 'https://pager.example-hospital.org/hooks/bedside',
          secret: 'a-long-shared-secret',
        },
        email: {
          smtpUrl: 'smtp://bedside:pw@mail.example-hospital.org:587',
          from: 'Bedside <bedside@example-hospital.org>',
          to: ['social@example-hospital.org', 'oncall@example-hospital.org'],
        },
      });
    });

    it.each([
      [{ ALERT_WEBHOOK_URL: 'https://pager.example.org/x' }, 'ALERT_WEBHOOK_SECRET: is required'],
      [{ SMTP_URL: 'smtp://mail.example.org' }, 'ALERT_EMAIL_TO: is required when SMTP_URL'],
      [{ ALERT_EMAIL_TO: 'a@example.org' }, 'SMTP_URL: is required when ALERT_EMAIL_TO'],
      [{ ALERT_EMAIL_TO: 'not an address' }, 'ALERT_EMAIL_TO: must be a comma-separated list'],
      [{ ALERT_WEBHOOK_SECRET: 'short' }, 'ALERT_WEBHOOK_SECRET: must be at least 16'],
      [{ BEDSIDE_PUBLIC_URL: 'bedside.local' }, 'BEDSIDE_PUBLIC_URL: must be an http://'],
    ])('names the bad alert setting in %j', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('never echoes a webhook URL, secret or SMTP URL, which can hold credentials', () => {
      const env = {
        ALERT_WEBHOOK_URL: 'ftp://token-1234@x',
        ALERT_WEBHOOK_SECRET: 'hunter2',
        SMTP_URL: 'mail://user:hunter3@x',
      };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).not.toThrow(/token-1234|hunter2|hunter3/);
    });
  });
});

describe('rate limits and proxies', () => {
  it('allows 600 API requests, and 10 sign-ins per address and per e-mail, a minute by default', () => {
    const config = loadConfig({});
    expect(config.rateLimits).toEqual({ apiPerMinute: 600, signInPerIp: 10, signInPerEmail: 10 });
    expect(config.trustProxy).toBe(false);
  });

  it.each([
    ['true', true],
    ['2', 2],
    ['10.0.0.1, 10.0.0.0/8', '10.0.0.1, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('reads the limits, 0 turning one off', () => {
    const config = loadConfig({
      RATE_LIMIT_API_PER_MINUTE: '0',
      RATE_LIMIT_SIGN_IN_PER_IP: '30',
      RATE_LIMIT_SIGN_IN_PER_EMAIL: '5',
    });
    expect(config.rateLimits).toEqual({ apiPerMinute: 0, signInPerIp: 30, signInPerEmail: 5 });
  });

  it.each([
    [{ RATE_LIMIT_API_PER_MINUTE: 'many' }, 'RATE_LIMIT_API_PER_MINUTE: must be a number'],
    [{ RATE_LIMIT_SIGN_IN_PER_IP: '-1' }, 'RATE_LIMIT_SIGN_IN_PER_IP:'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY: must be true, false, a number of proxies'],
  ])('names the bad variable in %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
