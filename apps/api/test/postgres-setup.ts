import { postgresUnavailableReason } from './postgres-check';

/**
 * Jest global setup: checks once whether the local PostgreSQL is reachable. The PostgreSQL
 * variants of the suites run when it is and are skipped with this printed reason when not.
 */
export default async function setup(): Promise<void> {
  if (process.env['BEDSIDE_TEST_POSTGRES'] === 'skip') {
    console.warn('\n[api-integration] PostgreSQL suites skipped: BEDSIDE_TEST_POSTGRES=skip');
    return;
  }
  const reason = await postgresUnavailableReason();
  process.env['BEDSIDE_TEST_POSTGRES'] = reason ? 'unavailable' : 'available';
  if (reason) {
    console.warn(`\n[api-integration] PostgreSQL suites skipped: ${reason}`);
  }
}
