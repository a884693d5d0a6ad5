import Database from 'better-sqlite3';

import { runCli, scratch } from './run-cli';

describe('bedside audit verify', () => {
  const space = scratch();
  afterAll(() => space.remove());
  const env = (): Record<string, string> => ({ DATABASE_PATH: space.database });

  const tamper = (sql: string): void => {
    const db = new Database(space.database);
    db.prepare(sql).run();
    db.close();
  };

  it('passes an intact trail, then names the first changed and the first deleted event', () => {
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      expect(runCli(['user', 'create', '--email', email, '--role', 'agent'], env()).status).toBe(0);
    }
    runCli(['token', 'create', '--name', 'connector'], env());
    const intact = runCli(['audit', 'verify'], env());
    expect(intact.stdout).toBe('Audit trail intact: 4 events, every link verified.\n');
    expect(intact.status).toBe(0);

    tamper(`UPDATE audit_events SET details = '{"role":"admin"}' WHERE seq = 2`);
    const changed = runCli(['audit', 'verify'], env());
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain(
      'Audit trail broken at event 2: event 2 was changed after it was written. 1 events before it are intact.',
    );

    tamper(`DELETE FROM audit_events WHERE seq = 2`);
    const deleted = runCli(['audit', 'verify'], env());
    expect(deleted.status).toBe(1);
    expect(deleted.stderr).toContain(
      'Audit trail broken at event 2: event 2 is missing (deleted?)',
    );
  });
});
