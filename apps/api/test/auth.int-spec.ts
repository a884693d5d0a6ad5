import { type Role, ROLES } from '@bedside/domain';
import { buildSchemaDocument, UsersService } from '@bedside/server';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';

/** The only operations anyone may call without signing in. */
const PUBLIC_OPERATIONS = ['signIn'];

/**
 * The weakest role allowed to call each mutation. Every mutation of the schema must be listed,
 * so a new one cannot ship without a decision about who may call it.
 */
const MUTATION_ROLES: Record<string, Role> = {
  signIn: 'agent',
  signOut: 'agent',
  changePassword: 'agent',
  ingestComments: 'agent',
  updateCommentStatus: 'agent',
  correctTriage: 'agent',
  assignComment: 'agent',
  addCommentNote: 'agent',
  markNotificationsRead: 'agent',
  reportPresence: 'agent',
  escalateComment: 'agent',
  linkCommentToCase: 'agent',
  updateCase: 'agent',
  changeCaseStatus: 'agent',
  addCaseNote: 'agent',
  acknowledgeAlert: 'agent',
  saveReply: 'agent',
  submitReply: 'agent',
  sendReply: 'agent',
  discardReply: 'agent',
  approveReply: 'reviewer',
  rejectReply: 'reviewer',
  createReplyTemplate: 'manager',
  updateReplyTemplate: 'manager',
  resetReplyTemplate: 'manager',
  loadSampleData: 'manager',
  removeSampleData: 'manager',
  updateSlaPolicy: 'manager',
  createApiToken: 'admin',
  revokeApiToken: 'admin',
  createUser: 'admin',
  updateUser: 'admin',
  resetUserPassword: 'admin',
  updateOrganisationSettings: 'admin',
  updateAiDrafting: 'admin',
  createModerationRule: 'manager',
  updateModerationRule: 'manager',
  deleteModerationRule: 'manager',
  updateModerationWordLists: 'manager',
  undoModerationAction: 'reviewer',
  confirmModerationAction: 'reviewer',
  hideComment: 'agent',
  unhideComment: 'agent',
  setAuthorFlag: 'manager',
  addAuthorNote: 'agent',
  connectChannel: 'admin',
  updateChannelConnection: 'admin',
  pauseChannel: 'admin',
  resumeChannel: 'admin',
  disconnectChannel: 'admin',
  testChannelConnection: 'admin',
  pollChannelNow: 'admin',
  retryReplyDelivery: 'agent',
  deleteCommentOnPlatform: 'reviewer',
  acknowledgeSpike: 'agent',
  updateSpikeSettings: 'manager',
};

/** A value of the right type for an argument, so a call fails on who calls, not on its input. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) {
    return sampleValue(type.ofType);
  }
  if (isListType(type)) {
    return [sampleValue(type.ofType)];
  }
  if (isEnumType(type)) {
    return type.getValues()[0].name;
  }
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-11-01T00:00:00.000Z';
      default:
        return 'x';
    }
  }
  throw new Error(`No sample value for ${String(type)}`);
}

/** `mutation Op($a: T!) { field(a: $a) { __typename } }` with sample variables. */
function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind} Op${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

function operationsOf(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
      kind: 'query' as const,
      field,
    })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
      kind: 'mutation' as const,
      field,
    })),
  ];
}

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      email
      role
    }
  }
`;
const VIEWER = '{ viewer { id email displayName role } }';

// Sessions, lock-out, token scopes and the role matrix on each database Bedside runs on.
describe.each(dialectsUnderTest())('who may call what on %s', (dialect) => {
  let test: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    schema = buildSchema(await buildSchemaDocument());
  });
  afterAll(() => test.close());

  it('refuses every query and mutation of the schema to an anonymous caller, sign-in aside', async () => {
    const refused: string[] = [];
    const allowed: string[] = [];
    for (const { kind, field } of operationsOf(schema)) {
      const { query, variables } = operationFor(kind, field);
      const result = await test.gql(query, variables, 'anonymous');
      const code = result.errors?.[0]?.extensions?.code;
      (code === 'UNAUTHENTICATED' ? refused : allowed).push(field.name);
      expect(result.data?.[field.name] ?? null).toBeNull();
    }
    // signIn answers anonymous callers, but only to say the credentials are wrong.
    expect(allowed).toEqual([]);
    expect(refused.length).toBe(operationsOf(schema).length);
    expect(refused).toEqual(expect.arrayContaining([...PUBLIC_OPERATIONS, 'comments', 'viewer']));
  });

  it('lists every mutation in the role matrix', () => {
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(
      Object.keys(MUTATION_ROLES).sort(),
    );
  });

  it('refuses each mutation to the roles below the one it needs, and lets that role through', async () => {
    const tokens = Object.fromEntries(
      await Promise.all(ROLES.map(async (role) => [role, await test.tokenFor(role)] as const)),
    ) as Record<Role, string>;
    const mutations = schema.getMutationType()!.getFields();
    const wrong: string[] = [];
    let checked = 0;
    for (const [name, required] of Object.entries(MUTATION_ROLES)) {
      if (PUBLIC_OPERATIONS.includes(name)) {
        continue;
      }
      const { query, variables } = operationFor('mutation', mutations[name]);
      for (const role of ROLES) {
        const result = await test.gql(query, variables, { bearer: tokens[role] });
        const code = result.errors?.[0]?.extensions?.code;
        const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
        const below = ROLES.indexOf(role) < ROLES.indexOf(required);
        checked += 1;
        if (below && code !== 'FORBIDDEN') {
          wrong.push(`${name} as ${role}: expected FORBIDDEN, got ${String(code ?? 'success')}`);
        }
        // Past the guard, whatever fails is about the sample input, not the caller
        // (changePassword refuses API tokens by design: they have no password).
        if (!below && refused && name !== 'changePassword') {
          wrong.push(`${name} as ${role}: refused (${String(code)}) but should be allowed`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(
      (Object.keys(MUTATION_ROLES).length - PUBLIC_OPERATIONS.length) * ROLES.length,
    );
  });

  it('signs in with an httpOnly SameSite cookie, serves the viewer, and signs out', async () => {
    await test.app.get(UsersService).create({
      email: 'Dana@Example.org',
      displayName: 'Dana',
      role: 'reviewer',
      password: 'correct horse battery',
    });
    const response = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { email: 'dana@example.org', password: 'correct horse battery' } },
      }),
    });
    const body = (await response.json()) as { data: { signIn: { email: string; role: string } } };
    expect(body.data.signIn).toMatchObject({ email: 'dana@example.org', role: 'REVIEWER' });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^bedside_session=bss_[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0];

    const viewer = await test.gql<{ viewer: { displayName: string; role: string } }>(
      VIEWER,
      {},
      { cookie },
    );
    expect(viewer.data?.viewer).toMatchObject({ displayName: 'Dana', role: 'REVIEWER' });

    const out = await test.gql('mutation { signOut }', {}, { cookie });
    expect(out.data).toEqual({ signOut: true });
    const after = await test.gql(VIEWER, {}, { cookie });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account for 15 minutes after five wrong passwords, without saying which part was wrong', async () => {
    await test.app.get(UsersService).create({
      email: 'lee@example.org',
      role: 'agent',
      password: 'a long enough password',
    });
    const attempt = (password: string, email = 'lee@example.org') =>
      test.gql(SIGN_IN, { input: { email, password } }, 'anonymous');

    const unknown = await attempt('whatever', 'nobody@example.org');
    const wrong = await attempt('not the password');
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'The e-mail or password is not right.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    for (let failure = 2; failure <= 5; failure += 1) {
      await attempt('not the password');
    }
    const locked = await attempt('a long enough password');
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    test.clock.advance(16 * 60_000);
    const later = await attempt('a long enough password');
    expect(later.errors).toBeUndefined();
  });

  it('refuses a revoked API token and records when a token was last used', async () => {
    const created = await test.gql<{
      createApiToken: { secret: string; token: { id: string; role: string } };
    }>(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id role } } }',
      { input: { name: 'Facebook connector', role: 'AGENT' } },
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^bst_/);
    const ok = await test.gql(VIEWER, {}, { bearer: secret });
    expect(ok.data?.viewer).toMatchObject({ role: 'AGENT', email: null });

    const listed = await test.gql<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      '{ apiTokens { id lastUsedAt } }',
    );
    expect(listed.data?.apiTokens.find((row) => row.id === token.id)?.lastUsedAt).toBe(
      test.clock.now().toISOString(),
    );

    await test.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
      id: token.id,
    });
    const refused = await test.gql(VIEWER, {}, { bearer: secret });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await test.gql(VIEWER, {}, { bearer: 'bst_forged' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends security headers on every response', async () => {
    const response = await fetch(`${test.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure');
  });
});

describe('query limits', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('refuses an operation nested deeper than the limit before running it', async () => {
    let selection = 'id';
    for (let level = 0; level < 12; level += 1) {
      selection = `id parent { ${selection} }`;
    }
    const result = await test.gql(`{ comments(first: 1) { edges { node { ${selection} } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses the same field repeated under many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: viewer { id }`).join(' ');
    const result = await test.gql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });
});
