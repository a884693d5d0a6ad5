export default {
  displayName: 'cli',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/cli',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 120_000,
};
