/** API integration specs: the real Nest app on a temporary database, real GraphQL over HTTP. */
export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/postgres-setup.ts',
  testTimeout: 60_000,
};
