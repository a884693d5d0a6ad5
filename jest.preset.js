const nxPreset = require('@nx/jest/preset').default;

/**
 * NestJS 12, Apollo Server 5 and @apollo/client 4 ship as ES modules only, and Jest on Node 20
 * cannot `require()` them, so every spec runs as native ESM with ts-jest compiling TypeScript to
 * ES modules. Jest must be started with `node --experimental-vm-modules`, as every `test` target
 * does (`npx nx test <project>`, `npm test`).
 */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', useESM: true }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testEnvironmentOptions: {},
};
