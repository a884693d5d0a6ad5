import { screen, waitFor, within } from '@testing-library/react';

import { buildComments, buildViewer } from '../../../testing/fake-data';
import { createFakeServer, FAKE_PASSWORD } from '../../../testing/fake-server';
import { fillIn, renderApp } from '../../../testing/render-app';

const NEW_PASSWORD = 'lantern orchard pebble';

async function openMenu(user: ReturnType<typeof renderApp>['user'], name = /Morgan Lee/) {
  await user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('menu');
}

async function openChangePassword(user: ReturnType<typeof renderApp>['user']) {
  const menu = await openMenu(user);
  await user.click(within(menu).getByRole('menuitem', { name: 'Change password' }));
  return screen.findByRole('dialog', { name: 'Change password' });
}

describe('UserMenu', () => {
  it("shows the viewer's name and role in the header", async () => {
    const server = createFakeServer(buildComments(1), {
      viewer: buildViewer({ displayName: 'Ines Duarte', role: 'REVIEWER' }),
    });
    const { user } = renderApp({ server });

    const button = await screen.findByRole('button', {
      name: 'Ines Duarte, Reviewer: account menu',
    });
    expect(within(button).getByText('Ines Duarte')).toBeInTheDocument();
    expect(within(button).getByTestId('viewer-role')).toHaveTextContent('Reviewer');

    const menu = await openMenu(user, /Ines Duarte/);
    expect(within(menu).getByText('morgan.lee@riverside.test')).toBeInTheDocument();
  });

  it('signs out, empties the cache and goes to the sign-in page', async () => {
    const server = createFakeServer(buildComments(2));
    const { user, url, client } = renderApp({ server });
    await screen.findByRole('listbox', { name: 'Comments' });

    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(url()).toBe('/sign-in'));
    expect(server.calls.signOut).toBe(1);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(client.extract()).toEqual({}));
  });

  it('changes the password after checking the new one', async () => {
    const server = createFakeServer(buildComments(1));
    const { user } = renderApp({ server });
    const dialog = await openChangePassword(user);
    const current = within(dialog).getByLabelText('Current password');
    const next = within(dialog).getByLabelText('New password');
    const confirm = within(dialog).getByLabelText('Confirm new password');
    const submit = within(dialog).getByRole('button', { name: 'Change password' });

    await fillIn(user, current, FAKE_PASSWORD);
    await fillIn(user, next, 'too short');
    await user.click(submit);
    expect(within(dialog).getByText('Use at least 12 characters.')).toBeInTheDocument();

    await user.clear(next);
    await fillIn(user, next, NEW_PASSWORD);
    await fillIn(user, confirm, 'lantern orchard pebbles');
    await user.click(submit);
    expect(within(dialog).getByText('The two new passwords do not match.')).toBeInTheDocument();
    expect(server.calls.changePassword).toHaveLength(0);

    await user.clear(confirm);
    await fillIn(user, confirm, `${NEW_PASSWORD}{Enter}`);

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Change password' })).not.toBeInTheDocument(),
    );
    expect(server.calls.changePassword).toEqual([
      { currentPassword: FAKE_PASSWORD, newPassword: NEW_PASSWORD },
    ]);
    expect(server.state.password).toBe(NEW_PASSWORD);
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    expect(screen.getByText(/Use the new one next time you sign in/)).toBeInTheDocument();
  });

  it('says when the current password is not right, without leaving the page', async () => {
    const server = createFakeServer(buildComments(1));
    const { user, url } = renderApp({ server });
    const dialog = await openChangePassword(user);

    await fillIn(user, within(dialog).getByLabelText('Current password'), 'not my password');
    await fillIn(user, within(dialog).getByLabelText('New password'), NEW_PASSWORD);
    await fillIn(
      user,
      within(dialog).getByLabelText('Confirm new password'),
      `${NEW_PASSWORD}{Enter}`,
    );

    expect(
      await within(dialog).findByText('The current password is not right.'),
    ).toBeInTheDocument();
    expect(url()).toBe('/inbox');
    expect(server.state.password).toBe(FAKE_PASSWORD);
  });
});
