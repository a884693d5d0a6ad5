/**
 * Browser specs against the real built server. Named apart from `jest.config.ts` so the root
 * `npx jest` (unit specs of every project) does not pick it up; run it with `nx e2e dashboard-e2e`.
 */
export default {
  displayName: 'dashboard-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 30_000,
};
