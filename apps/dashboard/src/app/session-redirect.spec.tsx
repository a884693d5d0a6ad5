import { screen, waitFor, within } from '@testing-library/react';

import { buildComments } from '../testing/fake-data';
import { createFakeServer, FAKE_PASSWORD } from '../testing/fake-server';
import { fillIn, renderApp } from '../testing/render-app';

async function findRows() {
  const list = await screen.findByRole('listbox', { name: 'Comments' });
  return within(list).getAllByRole('option');
}

describe('the redirect to the sign-in page', () => {
  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const comments = buildComments(3);
    const server = createFakeServer(comments, { signedIn: false });
    const path = `/inbox/${comments[1].id}?order=oldest`;
    const { user, url } = renderApp({ server, path });

    await waitFor(() => expect(url()).toBe(`/sign-in?next=${encodeURIComponent(path)}`));
    expect(server.calls.comments).toHaveLength(0);

    await fillIn(user, await screen.findByLabelText('E-mail'), server.state.viewer.email!);
    await fillIn(user, screen.getByLabelText('Password'), `${FAKE_PASSWORD}{Enter}`);

    await waitFor(() => expect(url()).toBe(path));
    expect(
      await screen.findByRole('article', { name: `Comment by ${comments[1].authorName}` }),
    ).toBeInTheDocument();
  });

  it('sends the person to sign in when the session ends while they work', async () => {
    const comments = buildComments(3);
    const server = createFakeServer(comments);
    const { user, url, client } = renderApp({ server, path: '/inbox?status=all' });
    const rows = await findRows();

    server.state.signedIn = false;
    await user.click(rows[0]);

    const next = `/inbox/${comments[0].id}?status=all`;
    await waitFor(() => expect(url()).toBe(`/sign-in?next=${encodeURIComponent(next)}`));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('listbox', { name: 'Comments' })).not.toBeInTheDocument();
    // Nothing of the inbox stays in memory for the next person at this computer.
    await waitFor(() => expect(client.extract()).toEqual({}));
  });

  it('shows the loading state until the server says who is signed in', async () => {
    const server = createFakeServer(buildComments(1));
    renderApp({ server });

    expect(screen.getByLabelText('Loading')).toBeInTheDocument();
    expect(await findRows()).toHaveLength(1);
  });
});
