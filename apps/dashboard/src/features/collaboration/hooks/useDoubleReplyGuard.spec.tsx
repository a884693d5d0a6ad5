import { act, screen, waitFor, within } from '@testing-library/react';

import { buildPresenceEntry, buildTeamMember } from '../../../testing/fake-collaboration';
import { buildComment, buildViewer } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';
import { beginDrafting } from '../utils/drafting-store';

const DANA = buildTeamMember({ id: 'u-dana', displayName: 'Dana Whitfield' });
const SAM = buildTeamMember({ id: 'u-sam', displayName: 'Sam Ortiz' });
const ME = buildViewer({ role: 'AGENT' });

function findPresence() {
  return screen.findByRole('status', { name: 'Teammates on this comment' });
}

describe('presence and the double-reply guard', () => {
  it('asks before marking replied while a teammate drafts, and only changes it on "Reply anyway"', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], {
      viewer: ME,
      members: [DANA],
      presence: { c1: [buildPresenceEntry(DANA, 'DRAFTING')] },
    });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const presence = await findPresence();
    expect(await within(presence).findByText('Dana Whitfield is drafting a reply')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Mark replied' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else is on this comment' });
    expect(dialog).toHaveTextContent(
      'Dana Whitfield is already drafting a reply to this comment. Reply anyway?',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.calls.updateCommentStatus).toEqual([]);

    await user.keyboard('r');
    const again = await screen.findByRole('dialog', { name: 'Someone else is on this comment' });
    await user.click(within(again).getByRole('button', { name: 'Reply anyway' }));

    await waitFor(() =>
      expect(server.calls.updateCommentStatus).toEqual([{ id: 'c1', status: 'REPLIED' }]),
    );
  });

  it('asks when the comment is assigned to someone else, and not when nobody else is on it', async () => {
    const server = createFakeServer(
      [buildComment({ id: 'c1', assigneeId: 'u-dana' }), buildComment({ id: 'c2' })],
      { viewer: ME, members: [DANA] },
    );
    const { user, router } = renderApp({ server, path: '/inbox/c1' });
    await findPresence();

    await user.click(await screen.findByRole('button', { name: 'Mark replied' }));
    expect(
      await screen.findByText('This comment is assigned to Dana Whitfield. Reply anyway?'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await act(() => router.navigate('/inbox/c2'));
    await screen.findByRole('article', { name: /^Comment by/ });
    await user.click(screen.getByRole('button', { name: 'Mark replied' }));
    await waitFor(() =>
      expect(server.calls.updateCommentStatus).toEqual([{ id: 'c2', status: 'REPLIED' }]),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('reports viewing, then drafting, then leaving, and shows teammates live but never the viewer', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], {
      viewer: ME,
      members: [DANA, SAM],
    });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const presence = await findPresence();
    await waitFor(() =>
      expect(server.calls.reportPresence).toEqual([{ commentId: 'c1', activity: 'VIEWING' }]),
    );
    await waitFor(() => expect(server.subscriptions.count('presenceChanged')).toBe(1));

    act(() => {
      server.publish('presenceChanged', {
        commentId: 'c1',
        entries: [
          buildPresenceEntry(SAM, 'VIEWING'),
          buildPresenceEntry({ id: ME.id, displayName: ME.displayName }, 'VIEWING'),
        ],
      });
    });

    expect(await within(presence).findByText('Sam Ortiz is viewing')).toBeVisible();
    expect(within(presence).queryByText(/Morgan Lee/)).toBeNull();

    let stopDrafting = () => undefined as void;
    act(() => {
      stopDrafting = beginDrafting('c1');
    });
    await waitFor(() =>
      expect(server.calls.reportPresence.at(-1)).toEqual({ commentId: 'c1', activity: 'DRAFTING' }),
    );
    act(() => stopDrafting());
    await waitFor(() =>
      expect(server.calls.reportPresence.at(-1)).toEqual({ commentId: 'c1', activity: 'VIEWING' }),
    );

    await user.click(screen.getByRole('button', { name: 'Close comment' }));
    await waitFor(() =>
      expect(server.calls.reportPresence.at(-1)).toEqual({ commentId: 'c1', activity: 'LEFT' }),
    );
  });
});
