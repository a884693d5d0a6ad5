import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Starts the real built product (`node dist/apps/api/main.js`, which also serves the built
 * dashboard) on a free port with a throwaway SQLite database. Builds nothing: the `e2e` target
 * depends on the api and dashboard builds.
 */

export interface RunningServer {
  url: string;
  /** Its SQLite file, for the CLI (`DATABASE_PATH`). */
  databasePath: string;
  stop: () => Promise<void>;
}

/** A team account the browser specs sign in with. */
export interface E2eAccount {
  email: string;
  password: string;
  displayName: string;
}

const START_TIMEOUT_MS = 30_000;
/** The CLI launcher rebuilds its bundle first when the sources are newer: allow for that. */
const CLI_TIMEOUT_MS = 180_000;

/** The workspace root: the nearest folder upwards from the working directory holding nx.json. */
export function findWorkspaceRoot(from = process.cwd()): string {
  let folder = resolve(from);
  while (!existsSync(join(folder, 'nx.json'))) {
    const parent = dirname(folder);
    if (parent === folder) {
      throw new Error(`No nx.json above ${from}: run this from the Bedside workspace.`);
    }
    folder = parent;
  }
  return folder;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(
  url: string,
  server: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The Bedside server exited with code ${server.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resume) => setTimeout(resume, 150));
  }
  throw new Error(
    `The Bedside server did not answer /health within ${START_TIMEOUT_MS} ms:\n${output()}`,
  );
}

export async function startBedsideServer(): Promise<RunningServer> {
  const root = findWorkspaceRoot();
  const main = join(root, 'dist/apps/api/main.js');
  const dashboard = join(root, 'dist/apps/dashboard');
  for (const [path, target] of [
    [main, 'api'],
    [join(dashboard, 'index.html'), 'dashboard'],
  ] as const) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: build it first (npx nx run ${target}:build).`);
    }
  }
  const databaseDir = mkdtempSync(join(tmpdir(), 'bedside-e2e-'));
  const databasePath = join(databaseDir, 'bedside.sqlite');
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: databasePath,
      DASHBOARD_DIR: dashboard,
      LOG_LEVEL: 'warn',
      // Every spec signs in as the same admin from 127.0.0.1 within a few minutes.
      RATE_LIMIT_SIGN_IN_PER_IP: '1000',
      RATE_LIMIT_SIGN_IN_PER_EMAIL: '1000',
      RATE_LIMIT_API_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);

  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(databaseDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, databasePath, stop };
}

/** An admin with a fresh random password: nothing guessable, even on a throwaway database. */
export function newAdminAccount(displayName = 'Dana Whitfield'): E2eAccount {
  return {
    email: 'dana.whitfield@northbrook.test',
    password: `e2e-${randomBytes(12).toString('base64url')}`,
    displayName,
  };
}

/** Creates an admin account with the real CLI (`bedside user create`) in the server's database. */
export async function createAdmin(server: RunningServer, account: E2eAccount): Promise<void> {
  const root = findWorkspaceRoot();
  try {
    await promisify(execFile)(
      process.execPath,
      [
        join(root, 'apps/cli/bin/bedside.js'),
        'user',
        'create',
        '--email',
        account.email,
        '--role',
        'admin',
        '--password',
        account.password,
        '--name',
        account.displayName,
      ],
      {
        cwd: root,
        env: { ...process.env, DATABASE_PATH: server.databasePath, LOG_LEVEL: 'warn' },
        timeout: CLI_TIMEOUT_MS,
      },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`bedside user create\` failed:\n${stdout}${stderr}`, { cause: error });
  }
}

/** Sends one GraphQL operation and returns its data, failing loudly on errors. */
export async function graphqlRequest<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  session?: string,
): Promise<Data> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { cookie: session } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export const SIGN_IN_MUTATION =
  'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id displayName role } }';

/**
 * Signs in from Node the way the dashboard does, and returns the session cookie (`name=value`)
 * to send with later requests.
 */
export async function signInSession(url: string, account: E2eAccount): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: SIGN_IN_MUTATION,
      variables: { input: { email: account.email, password: account.password } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';', 1)[0])
    .find((pair) => pair.startsWith('bedside_session='));
  if (!response.ok || body.errors || !cookie) {
    throw new Error(`signIn failed (${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return cookie;
}

/** Loads the fictional hospital through the same mutation as the dashboard's button. */
export async function loadSampleData(url: string, session: string): Promise<number> {
  const data = await graphqlRequest<{ loadSampleData: { accepted: number } }>(
    url,
    'mutation { loadSampleData { accepted } }',
    {},
    session,
  );
  return data.loadSampleData.accepted;
}

const INGEST_MUTATION = /* GraphQL */ `
  mutation Ingest($comments: [CommentInput!]!) {
    ingestComments(comments: $comments) {
      accepted
    }
  }
`;

const FIND_BY_SEARCH = /* GraphQL */ `
  query Find($filter: CommentFilter) {
    comments(filter: $filter, first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

export interface E2eComment {
  /** Words unique to this comment: the search that finds it again. */
  marker: string;
  text: string;
  channel?: string;
  authorName?: string;
}

/** Ingests one comment through the API, as a connector would. */
export async function ingestComment(
  url: string,
  session: string,
  comment: E2eComment,
): Promise<void> {
  await graphqlRequest(
    url,
    INGEST_MUTATION,
    {
      comments: [
        {
          channel: comment.channel ?? 'FACEBOOK',
          externalId: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
          authorName: comment.authorName ?? 'Jordan Example',
          text: comment.text,
          createdAt: new Date().toISOString(),
        },
      ],
    },
    session,
  );
}

/** The id of the comment whose text holds `marker`. */
export async function findCommentId(url: string, session: string, marker: string): Promise<string> {
  const found = await graphqlRequest<{ comments: { edges: Array<{ node: { id: string } }> } }>(
    url,
    FIND_BY_SEARCH,
    { filter: { search: marker } },
    session,
  );
  const id = found.comments.edges[0]?.node.id;
  if (!id) {
    throw new Error(`No comment holds "${marker}"`);
  }
  return id;
}

/** Ingests a comment for one spec alone (so no other spec's changes get in its way); its id. */
export async function ingestAndFind(
  url: string,
  session: string,
  comment: E2eComment,
): Promise<string> {
  await ingestComment(url, session, comment);
  return findCommentId(url, session, comment.marker);
}

/** A teammate with `role`, made by an admin through the same mutation as the Team page. */
export async function createTeammate(
  url: string,
  session: string,
  role: 'AGENT' | 'REVIEWER' | 'MANAGER',
  name: string,
): Promise<E2eAccount> {
  const suffix = randomBytes(4).toString('hex');
  const account = {
    email: `${name.split(' ')[0].toLowerCase()}.${suffix}@northbrook.test`,
    password: `e2e-${randomBytes(12).toString('base64url')}`,
    displayName: `${name} ${suffix}`,
  };
  await graphqlRequest(
    url,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { ...account, role } },
    session,
  );
  return account;
}
