import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { addMocksToSchema } from '@graphql-tools/mock';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';

/**
 * The committed API schema (`apps/api/schema.graphql`), the same file codegen types the dashboard
 * against. Specs run from the workspace root, as the Nx `test` target does.
 */
export const SCHEMA_PATH = join(process.cwd(), 'apps/api/schema.graphql');

let typeDefs: string | undefined;

function readTypeDefs(): string {
  typeDefs ??= readFileSync(SCHEMA_PATH, 'utf8');
  return typeDefs;
}

/**
 * An executable copy of the real schema: the given stub resolvers answer, and
 * `@graphql-tools/mock` fills any field they leave out with a value of the right type.
 */
export function buildStubSchema(resolvers: IResolvers): GraphQLSchema {
  const schema = makeExecutableSchema({ typeDefs: readTypeDefs(), resolvers });
  return addMocksToSchema({
    schema,
    preserveResolvers: true,
    mocks: { DateTime: () => '2026-11-23T12:00:00.000Z' },
  });
}
