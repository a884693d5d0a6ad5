import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import { buildDataSourceOptions, buildSchemaDocument, openDatabase } from '@bedside/server';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { TEST_POSTGRES_URL } from './postgres-check';
import { createTestApp, dialectsUnderTest, isPostgresAvailable } from './test-app';

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

(isPostgresAvailable() ? describe : describe.skip)('migrations on PostgreSQL', () => {
  it('run once when three replicas start on a new database at the same moment', async () => {
    const schema = `bedside_migrate_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const database = { kind: 'postgres' as const, url: TEST_POSTGRES_URL, poolSize: 3, schema };
    try {
      const replicas = await Promise.all([1, 2, 3].map(() => openDatabase(database)));
      const applied: unknown[] = await replicas[0].query(
        `SELECT name FROM "${schema}"."migrations"`,
      );
      expect(applied).toHaveLength(
        (buildDataSourceOptions(database).migrations as unknown[]).length,
      );
      await Promise.all(replicas.map((replica) => replica.destroy()));
    } finally {
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
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
