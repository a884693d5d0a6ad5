import 'reflect-metadata';

import { buildSchemaDocument } from '@bedside/server';
import { buildSchema, type GraphQLObjectType, isNonNullType } from 'graphql';

/**
 * The names the issues call a contract: other teams' scripts and the evaluation call them, so a
 * rename must fail here rather than in production.
 */
describe('GraphQL contract', () => {
  let schema: ReturnType<typeof buildSchema>;

  beforeAll(async () => {
    schema = buildSchema(await buildSchemaDocument());
  });

  const fieldsOf = (name: string): string[] =>
    Object.keys((schema.getType(name) as GraphQLObjectType).getFields());

  it('keeps the inbox queries and their arguments', () => {
    const query = schema.getQueryType()!.getFields();
    expect(query['comments'].args.map((arg) => arg.name).sort()).toEqual(
      ['after', 'filter', 'first', 'orderBy'].sort(),
    );
    expect(isNonNullType(query['comments'].type)).toBe(true);
    expect(query['comment'].args.map((arg) => arg.name)).toEqual(['id']);
    expect(query['inboxCounts']).toBeDefined();
  });

  it('keeps ingestComments(comments: [CommentInput!]!): IngestReport!', () => {
    const ingest = schema.getMutationType()!.getFields()['ingestComments'];
    expect(ingest.args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual([
      'comments: [CommentInput!]!',
    ]);
    expect(String(ingest.type)).toBe('IngestReport!');
    expect(fieldsOf('IngestReport')).toEqual(
      expect.arrayContaining(['accepted', 'updated', 'duplicates', 'rejected']),
    );
    expect(fieldsOf('IngestRejection')).toEqual(
      expect.arrayContaining(['index', 'externalId', 'message']),
    );
  });

  it('keeps the CommentInput fields', () => {
    const input = Object.keys(
      (schema.getType('CommentInput') as unknown as GraphQLObjectType).getFields(),
    );
    expect(input).toEqual(
      expect.arrayContaining([
        'channel',
        'externalId',
        'parentExternalId',
        'postExternalId',
        'authorName',
        'authorHandle',
        'text',
        'url',
        'createdAt',
      ]),
    );
  });

  it('keeps Relay connections for the inbox', () => {
    expect(fieldsOf('CommentConnection')).toEqual(
      expect.arrayContaining(['edges', 'pageInfo', 'totalCount']),
    );
    expect(schema.getMutationType()!.getFields()['updateCommentStatus']).toBeDefined();
  });
});
