import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';

import type {
  CreateApiTokenInput,
  CreateUserInput,
  ResetUserPasswordInput,
  Role,
  UpdateUserInput,
} from '../gql/graphql';
import { buildViewer } from '../testing/fake-data';
import { buildStubSchema } from '../testing/graphql-schema';
import { fillIn } from '../testing/render-app';
import { renderPage } from '../testing/render-page';
import { TeamPage } from './TeamPage';

interface FakeUser {
  __typename: 'User';
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  deactivatedAt: string | null;
  lastSignInAt: string | null;
  lockedUntil: string | null;
  createdAt: string;
}

interface FakeToken {
  __typename: 'ApiToken';
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function buildUser(overrides: Partial<FakeUser> & Pick<FakeUser, 'id' | 'displayName'>): FakeUser {
  return {
    __typename: 'User',
    email: `${overrides.displayName.split(' ')[0].toLowerCase()}@riverside.test`,
    role: 'AGENT',
    active: true,
    deactivatedAt: null,
    lastSignInAt: '2026-11-20T09:00:00.000Z',
    lockedUntil: null,
    createdAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

const LAST_ADMIN = 'Bedside needs at least one active admin: make someone else an admin first.';

/** The admin API of the team page, in memory, with a log of what was asked. */
function createTeamApi() {
  const state = {
    users: [
      buildUser({ id: 'user-1', displayName: 'Morgan Lee', role: 'ADMIN' }),
      buildUser({ id: 'user-2', displayName: 'Ada Quinn', role: 'ADMIN' }),
      buildUser({
        id: 'user-3',
        displayName: 'Kai Moreno',
        lockedUntil: '2999-01-01T00:00:00.000Z',
      }),
      buildUser({
        id: 'user-4',
        displayName: 'Gone Away',
        active: false,
        deactivatedAt: '2026-11-01T00:00:00.000Z',
        lastSignInAt: null,
      }),
    ],
    tokens: [] as FakeToken[],
    refuseAdminChanges: false,
  };
  const calls = {
    createUser: [] as CreateUserInput[],
    updateUser: [] as UpdateUserInput[],
    resetUserPassword: [] as ResetUserPasswordInput[],
    createApiToken: [] as CreateApiTokenInput[],
    revokeApiToken: [] as string[],
  };
  const find = (id: string) => state.users.find((user) => user.id === id)!;
  const schema = buildStubSchema({
    Query: { users: () => state.users, apiTokens: () => state.tokens },
    Mutation: {
      createUser: (_: unknown, { input }: { input: CreateUserInput }) => {
        calls.createUser.push(input);
        const user = buildUser({
          id: `user-${state.users.length + 1}`,
          ...input,
          lastSignInAt: null,
        });
        state.users.push(user);
        return user;
      },
      updateUser: (_: unknown, { input }: { input: UpdateUserInput }) => {
        calls.updateUser.push(input);
        const user = find(String(input.id));
        if (state.refuseAdminChanges && user.role === 'ADMIN') {
          throw new GraphQLError(LAST_ADMIN, { extensions: { code: 'BAD_USER_INPUT' } });
        }
        Object.assign(user, {
          ...(input.role ? { role: input.role } : {}),
          ...(typeof input.active === 'boolean' ? { active: input.active } : {}),
        });
        return user;
      },
      resetUserPassword: (_: unknown, { input }: { input: ResetUserPasswordInput }) => {
        calls.resetUserPassword.push(input);
        return Object.assign(find(String(input.id)), { lockedUntil: null });
      },
      createApiToken: (_: unknown, { input }: { input: CreateApiTokenInput }) => {
        calls.createApiToken.push(input);
        const token: FakeToken = {
          __typename: 'ApiToken',
          id: `token-${state.tokens.length + 1}`,
          ...input,
          createdAt: '2026-11-23T12:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
        };
        state.tokens.push(token);
        return { token, secret: 'bst_secret-shown-once' };
      },
      revokeApiToken: (_: unknown, { id }: { id: string }) => {
        calls.revokeApiToken.push(id);
        const token = state.tokens.find((candidate) => candidate.id === id)!;
        token.revokedAt = '2026-11-23T12:05:00.000Z';
        return token;
      },
    },
  });
  return { schema, state, calls };
}

function renderTeam(api: ReturnType<typeof createTeamApi>, path = '/team') {
  return renderPage({
    schema: api.schema,
    page: <TeamPage />,
    route: '/team',
    path,
    viewer: buildViewer({ id: 'user-1', displayName: 'Morgan Lee', role: 'ADMIN' }),
  });
}

async function findRow(name: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Team members' });
  const cell = await within(table).findByText(name);
  return cell.closest('tr')!;
}

describe('TeamPage', () => {
  it('lists members with role and status, and keeps admins away from their own role', async () => {
    renderTeam(createTeamApi());

    const own = await findRow('Morgan Lee');
    expect(within(own).getByText('You')).toBeInTheDocument();
    expect(within(own).getByRole('combobox', { name: 'Role of Morgan Lee' })).toBeDisabled();
    expect(within(await findRow('Kai Moreno')).getByText('Locked')).toBeInTheDocument();
    const gone = await findRow('Gone Away');
    expect(within(gone).getByText('Deactivated')).toBeInTheDocument();
    expect(within(gone).getByText('Never')).toBeInTheDocument();
    expect(within(await findRow('Ada Quinn')).getByText('Active')).toBeInTheDocument();
  });

  it('adds a member after checking the form, then shows the password to share once', async () => {
    const api = createTeamApi();
    const { user } = renderTeam(api);
    await user.click(await screen.findByRole('button', { name: 'Add member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add member' });

    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(
      within(dialog).getByText('Enter an e-mail address like dana@hospital.org.'),
    ).toBeVisible();
    expect(within(dialog).getByText('Use at least 12 characters.')).toBeVisible();
    expect(api.calls.createUser).toEqual([]);

    await fillIn(user, within(dialog).getByLabelText('E-mail'), 'noor@riverside.test');
    await fillIn(user, within(dialog).getByLabelText('Name'), 'Noor Haddad');
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Reviewer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Generate' }));
    const password = within(dialog).getByLabelText<HTMLInputElement>(/First password/).value;
    expect(password).toMatch(/^(\w{5}-){3}\w{5}$/);
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));

    const added = await screen.findByRole('dialog', { name: 'Member added' });
    expect(api.calls.createUser).toEqual([
      { email: 'noor@riverside.test', displayName: 'Noor Haddad', role: 'REVIEWER', password },
    ]);
    expect(within(added).getByTestId('shown-secret')).toHaveTextContent(password);
    await user.click(within(added).getByRole('button', { name: 'Done' }));
    expect(await findRow('Noor Haddad')).toBeInTheDocument();
  });

  it('asks before changing a role, and says why the server refused', async () => {
    const api = createTeamApi();
    api.state.refuseAdminChanges = true;
    const { user } = renderTeam(api);
    const ada = await findRow('Ada Quinn');
    await user.click(within(ada).getByRole('combobox', { name: 'Role of Ada Quinn' }));
    await user.click(await screen.findByRole('option', { name: 'Agent' }));

    const dialog = await screen.findByRole('dialog', { name: 'Change role' });
    expect(dialog).toHaveTextContent('Make Ada Quinn an Agent? Ada Quinn is signed out everywhere');
    expect(api.calls.updateUser).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(LAST_ADMIN);
    expect(api.calls.updateUser).toEqual([{ id: 'user-2', role: 'AGENT' }]);
    expect(api.state.users[1].role).toBe('ADMIN');
  });

  it('deactivates a member once confirmed', async () => {
    const api = createTeamApi();
    const { user } = renderTeam(api);
    const kai = await findRow('Kai Moreno');
    await user.click(within(kai).getByRole('button', { name: 'Actions for Kai Moreno' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactivate…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate member' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Deactivate member' })).not.toBeInTheDocument(),
    );
    expect(api.calls.updateUser).toEqual([{ id: 'user-3', active: false }]);
    expect(within(await findRow('Kai Moreno')).getByText('Deactivated')).toBeInTheDocument();
  });

  it('creates an API token, shows its secret once with a warning, and revokes it once confirmed', async () => {
    const api = createTeamApi();
    const { user } = renderTeam(api, '/team?tab=tokens');
    expect(await screen.findByText('No API tokens yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API token' });
    await fillIn(user, within(dialog).getByLabelText('Name'), 'Facebook connector{Enter}');

    const created = await screen.findByRole('dialog', { name: 'Token created' });
    expect(api.calls.createApiToken).toEqual([{ name: 'Facebook connector', role: 'AGENT' }]);
    expect(within(created).getByText('Copy the secret now')).toBeVisible();
    expect(within(created).getByTestId('shown-secret')).toHaveTextContent('bst_secret-shown-once');
    await user.click(within(created).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText('bst_secret-shown-once')).not.toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'API tokens' });
    await user.click(within(table).getByRole('button', { name: 'Revoke Facebook connector' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke API token' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    expect(await within(table).findByText('Revoked')).toBeInTheDocument();
    expect(api.calls.revokeApiToken).toEqual(['token-1']);
  });
});
