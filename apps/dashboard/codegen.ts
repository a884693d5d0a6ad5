import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the dashboard, generated from the committed schema (never from a running
 * server). Paths are relative to the workspace root, where `npm run codegen` and the Nx targets run.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/dashboard/src/**/*.{ts,tsx}', '!apps/dashboard/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/dashboard/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        // Apollo's cache normalizes by `__typename` + `id` and adds `__typename` to every selection
        // it sends; typing it as required makes optimistic responses and test data carry it too.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
