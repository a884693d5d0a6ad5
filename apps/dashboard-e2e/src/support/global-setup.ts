import { loadSampleData, type RunningServer, startBedsideServer } from './bedside-server';
import { assertChromiumInstalled } from './browser';

declare global {
  var bedsideE2eServer: RunningServer | undefined;
}

/** Jest global setup: one real server with the sample data for the whole browser run. */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled();
  const server = await startBedsideServer();
  globalThis.bedsideE2eServer = server;
  try {
    const accepted = await loadSampleData(server.url);
    if (accepted === 0) {
      throw new Error('loadSampleData stored no comments');
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  process.env['BEDSIDE_E2E_URL'] = server.url;
}
