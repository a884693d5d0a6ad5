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
  coverageDirectory: '../../coverage/apps/dashboard',
};
