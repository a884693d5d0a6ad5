import {
  createAdmin,
  loadSampleData,
  newAdminAccount,
  type RunningServer,
  signInSession,
  startBedsideServer,
} from './bedside-server';
import { assertChromiumInstalled } from './browser';

declare global {
  var bedsideE2eServer: RunningServer | undefined;
}

/**
 * Jest global setup: one real server for the whole browser run, an admin account made with the
 * CLI, and the sample data loaded as that admin. The specs read the account from
 * `BEDSIDE_E2E_EMAIL`, `BEDSIDE_E2E_PASSWORD` and `BEDSIDE_E2E_NAME` (see `e2eAccount()`).
 */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled();
  const server = await startBedsideServer();
  globalThis.bedsideE2eServer = server;
  const account = newAdminAccount();
  try {
    await createAdmin(server, account);
    const accepted = await loadSampleData(server.url, await signInSession(server.url, account));
    if (accepted === 0) {
      throw new Error('loadSampleData stored no comments');
    }
  } catch (error) {
    await server.stop();
    globalThis.bedsideE2eServer = undefined;
    throw error;
  }
  process.env['BEDSIDE_E2E_URL'] = server.url;
  process.env['BEDSIDE_E2E_EMAIL'] = account.email;
  process.env['BEDSIDE_E2E_PASSWORD'] = account.password;
  process.env['BEDSIDE_E2E_NAME'] = account.displayName;
}
