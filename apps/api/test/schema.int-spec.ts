import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import { buildSchemaDocument } from '@bedside/server';
import { DataSource } from 'typeorm';

import { createTestApp, dialectsUnderTest } from './test-app';

const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

describe('the committed GraphQL schema', () => {
  it('matches the schema the resolvers build (run `npx nx run api:schema` after changing them)', async () => {
    const built = await buildSchemaDocument();
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });
});

describe.each(dialectsUnderTest())('migrations on %s', (dialect) => {
  it('leave the schema builder nothing to change', async () => {
    const test = await createTestApp({ dialect });
    try {
      const pending = await test.app.get(DataSource).driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await test.close();
    }
  });
});

describe('GET /health', () => {
  it('reports the database up', async () => {
    const test = await createTestApp();
    try {
      const response = await fetch(`${test.url}/health`);
      expect(response.status).toBe(200);
      await expect(response.json()).resolves.toEqual({ status: 'ok', database: 'up' });
    } finally {
      await test.close();
    }
  });
});
