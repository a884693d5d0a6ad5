import { AuditService } from '@bedside/server';
import { DataSource } from 'typeorm';

import { commentRow, INGEST } from './fixtures';
import { createTestApp, type TestApp } from './test-app';

const PHI_TEXT = 'My MRN is 4471-0926 and nobody called me back about my biopsy';

describe('audit trail', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('records ingestion, opening a PHI comment and a status change, without any PHI', async () => {
    await test.gql(INGEST, { comments: [commentRow('a1', PHI_TEXT, 1)] });
    const list = await test.gql<{
      comments: { edges: { node: { id: string; hasPhi: boolean } }[] };
    }>('{ comments(first: 1) { edges { node { id hasPhi } } } }');
    const { id, hasPhi } = list.data!.comments.edges[0].node;
    expect(hasPhi).toBe(true);
    await test.gql('query($id: ID!) { comment(id: $id) { id } }', { id });
    await test.gql(
      'mutation($input: UpdateCommentStatusInput!) { updateCommentStatus(input: $input) { id } }',
      { input: { id, status: 'IN_PROGRESS' } },
    );

    const rows = await test.app.get(DataSource).query<
      {
        action: string;
        actor_kind: string;
        actor_name: string;
        target_id: string | null;
        details: string | null;
      }[]
    >('SELECT action, actor_kind, actor_name, target_id, details FROM audit_events ORDER BY seq');
    const actions = rows.map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining(['comments.ingested', 'comment.phi_viewed', 'comment.status_changed']),
    );
    const status = rows.find((row) => row.action === 'comment.status_changed')!;
    expect(status).toMatchObject({ actor_kind: 'token', target_id: id });
    expect(JSON.parse(status.details!)).toEqual({ from: 'new', to: 'in_progress', revision: 1 });
    const viewed = rows.find((row) => row.action === 'comment.phi_viewed')!;
    expect(JSON.parse(viewed.details!)).toEqual({ phiTypes: ['medical_record_number'] });
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain('4471');
    expect(everything).not.toContain('biopsy');

    expect(await test.app.get(AuditService).verify()).toEqual({
      checked: rows.length,
      broken: null,
    });
  });
});
