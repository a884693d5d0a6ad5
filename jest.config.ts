import type { Config } from 'jest';

/**
 * `npx jest` from the root runs every project's unit specs. Start it with
 * `node --experimental-vm-modules` (as the `test` targets do) so ESM-only packages load.
 */
const config: Config = {
  projects: ['<rootDir>/apps/*/jest.config.ts', '<rootDir>/libs/*/jest.config.ts'],
};

export default config;
