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
});
