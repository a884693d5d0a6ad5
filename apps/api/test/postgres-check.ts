import { Client } from 'pg';

/** PostgreSQL the suites may use; every spec file gets a schema of its own inside it. */
export const TEST_POSTGRES_URL =
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Resolves with the reason PostgreSQL cannot be used, or null when it is reachable. */
export async function postgresUnavailableReason(): Promise<string | null> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${TEST_POSTGRES_URL.replace(/:[^:@/]*@/, ':***@')} is not reachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
