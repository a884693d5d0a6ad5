import type {} from './global-setup';

/** Jest global teardown: stop the server and delete its temporary database. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.bedsideE2eServer?.stop();
  globalThis.bedsideE2eServer = undefined;
}
