export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/api',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
