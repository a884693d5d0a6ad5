import { screen, waitFor, within } from '@testing-library/react';

import { buildComments, buildViewer } from '../testing/fake-data';
import { createFakeServer, FAKE_PASSWORD } from '../testing/fake-server';
import { fillIn, renderApp } from '../testing/render-app';

const viewer = buildViewer({ email: 'sam.okafor@riverside.test', displayName: 'Sam Okafor' });

function signedOutServer() {
  return createFakeServer(buildComments(3), { viewer, signedIn: false });
}

function emailField(): HTMLElement {
  return screen.getByLabelText('E-mail');
}

function passwordField(): HTMLElement {
  return screen.getByLabelText('Password');
}

async function findRows() {
  const list = await screen.findByRole('listbox', { name: 'Comments' });
  return within(list).getAllByRole('option');
}

describe('SignInPage', () => {
  it('shows the wordmark and a form with the cursor in the e-mail field', async () => {
    renderApp({ server: signedOutServer(), path: '/sign-in' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Bedside')).toBeInTheDocument();
    expect(emailField()).toHaveFocus();
    expect(passwordField()).toHaveAttribute('type', 'password');
    expect(screen.queryByLabelText(/remember/i)).not.toBeInTheDocument();
  });

  it('signs in with Enter and goes on to the `next` URL', async () => {
    const server = signedOutServer();
    const { user, url } = renderApp({
      server,
      path: `/sign-in?next=${encodeURIComponent('/inbox?order=oldest')}`,
    });

    await fillIn(user, await screen.findByLabelText('E-mail'), 'Sam.Okafor@riverside.test');
    await fillIn(user, passwordField(), `${FAKE_PASSWORD}{Enter}`);

    await waitFor(() => expect(url()).toBe('/inbox?order=oldest'));
    expect(await findRows()).toHaveLength(3);
    expect(server.calls.signIn).toEqual([
      { email: 'Sam.Okafor@riverside.test', password: FAKE_PASSWORD },
    ]);
    expect(screen.getByRole('button', { name: /Sam Okafor, Admin/ })).toBeInTheDocument();
  });

  it('goes to the inbox when there is no `next`, and never off the site', async () => {
    const server = signedOutServer();
    const { user, url } = renderApp({
      server,
      path: `/sign-in?next=${encodeURIComponent('https://evil.test/inbox')}`,
    });

    await fillIn(user, await screen.findByLabelText('E-mail'), viewer.email!);
    await fillIn(user, passwordField(), FAKE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(url()).toBe('/inbox'));
    expect(await findRows()).toHaveLength(3);
  });

  it('says when the e-mail or password is not right, and clears the password', async () => {
    const server = signedOutServer();
    const { user, url } = renderApp({ server, path: '/sign-in?next=%2Finbox' });

    await fillIn(user, await screen.findByLabelText('E-mail'), viewer.email!);
    await fillIn(user, passwordField(), 'not the password{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The e-mail or password is not right.');
    expect(passwordField()).toHaveValue('');
    expect(passwordField()).toHaveFocus();
    expect(url()).toBe('/sign-in?next=%2Finbox');

    // The right password then gets through.
    await fillIn(user, passwordField(), `${FAKE_PASSWORD}{Enter}`);
    await waitFor(() => expect(url()).toBe('/inbox'));
  });

  it('says when the account is locked after too many wrong passwords', async () => {
    const server = signedOutServer();
    server.state.failedSignIns = 4;
    const { user } = renderApp({ server, path: '/sign-in' });
    await fillIn(user, await screen.findByLabelText('E-mail'), viewer.email!);

    // The fifth wrong password in a row is still just wrong; after it, even the right one is refused.
    await fillIn(user, passwordField(), 'wrong password{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The e-mail or password is not right.',
    );
    await fillIn(user, passwordField(), `${FAKE_PASSWORD}{Enter}`);

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Too many failed sign-ins: this account is locked for 15 minutes.',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Account locked');
  });

  it('asks for both fields before sending anything', async () => {
    const server = signedOutServer();
    const { user } = renderApp({ server, path: '/sign-in' });

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(server.calls.signIn).toHaveLength(0);
  });
});
