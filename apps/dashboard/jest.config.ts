export default {
  displayName: 'dashboard',
  preset: '../../jest.preset.js',
  // jsdom, with the fetch globals React Router needs: see the file.
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/testing/style-stub.ts',
  },
  // Whole-app specs render the dashboard and run each operation through the schema; on a busy
  // two-core machine (lint and typecheck in parallel) a few take longer than Jest's 5 s default.
  testTimeout: 20_000,
  coverageDirectory: '../../coverage/apps/dashboard',
};
