import Database from 'better-sqlite3';

import { runCli, scratch } from './run-cli';

describe('bedside user / token', () => {
  const space = scratch();
  afterAll(() => space.remove());
  const env = (): Record<string, string> => ({ DATABASE_PATH: space.database });

  it('creates the first admin with a generated password, stored only as an argon2id hash', () => {
    const run = runCli(['user', 'create', '--email', 'Ana@Example.org', '--role', 'admin'], env());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created admin ana@example.org (ana).');
    const password = /Password: (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/);

    const db = new Database(space.database, { readonly: true });
    const row = db.prepare('SELECT email, role, password_hash FROM users').get() as {
      email: string;
      role: string;
      password_hash: string;
    };
    db.close();
    expect(row).toMatchObject({ email: 'ana@example.org', role: 'admin' });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(password);
  });

  it('refuses a duplicate e-mail, an unknown role and a short password with clear messages', () => {
    const duplicate = runCli(
      ['user', 'create', '--email', 'ana@example.org', '--role', 'agent'],
      env(),
    );
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('A user with the e-mail ana@example.org already exists.');
    const role = runCli(['user', 'create', '--email', 'b@example.org', '--role', 'boss'], env());
    expect(role.status).not.toBe(0);
    expect(role.stderr).toContain('Allowed choices are agent, reviewer, manager, admin');
    const short = runCli(
      ['user', 'create', '--email', 'b@example.org', '--role', 'agent', '--password', 'short'],
      env(),
    );
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 12 characters');
  });

  it('resets a password and creates a scoped API token whose secret is printed once', () => {
    const reset = runCli(
      ['user', 'set-password', '--email', 'ana@example.org', '--password', 'a brand new password'],
      env(),
    );
    expect(reset.stdout).toContain('Set a new password for ana@example.org.');

    const token = runCli(
      ['token', 'create', '--name', 'Facebook connector', '--role', 'agent'],
      env(),
    );
    expect(token.status).toBe(0);
    const secret = /Secret \(shown once\): (bst_\S+)/.exec(token.stdout)?.[1] ?? '';
    expect(secret).toHaveLength(47);
    const db = new Database(space.database, { readonly: true });
    const stored = db.prepare('SELECT name, role, token_hash FROM api_tokens').get() as {
      name: string;
      role: string;
      token_hash: string;
    };
    db.close();
    expect(stored).toMatchObject({ name: 'Facebook connector', role: 'agent' });
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });
});
