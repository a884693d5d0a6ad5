import { screen, waitFor, within } from '@testing-library/react';

import { buildComment, buildViewer } from '../../../testing/fake-data';
import { buildModerationAction } from '../../../testing/fake-moderation';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

function hiddenComment() {
  return buildComment({
    id: 'spam',
    authorName: 'Crypto Recovery Pro',
    text: 'Total scam recovery, DM us',
    status: 'HIDDEN',
  });
}

async function openPane() {
  await screen.findByRole('article', { name: 'Comment by Crypto Recovery Pro' });
  return screen.getByRole('region', { name: 'Comment' });
}

describe('AutoModerationBanner', () => {
  it('says which rule hid the comment and undoes it in one click', async () => {
    const server = createFakeServer([hiddenComment()], {
      moderationActions: [buildModerationAction({ id: 'action-1', commentId: 'spam' })],
    });
    const { user } = renderApp({ server, path: '/inbox/spam?status=all' });
    const pane = await openPane();

    const banner = await within(pane).findByRole('alert', { name: 'Automatic moderation' });
    expect(banner).toHaveTextContent('Hidden automatically by rule “Banned words”');
    expect(banner).toHaveTextContent(
      'Contains the banned word “scam” · No connector: hidden in Bedside only',
    );

    await user.click(
      within(banner).getByRole('button', {
        name: 'Undo: Hidden automatically by rule “Banned words”',
      }),
    );
    await waitFor(() =>
      expect(
        within(pane).queryByRole('alert', { name: 'Automatic moderation' }),
      ).not.toBeInTheDocument(),
    );
    expect(server.moderation.calls.undoModerationAction).toEqual([{ id: 'action-1' }]);
    expect(server.byId('spam')?.status).toBe('NEW');
  });

  it('names the team of an automatic assignment', async () => {
    const server = createFakeServer([{ ...hiddenComment(), status: 'ESCALATED' }], {
      moderationActions: [
        buildModerationAction({
          commentId: 'spam',
          kind: 'ASSIGN_TEAM',
          team: 'COMMUNICATIONS',
          ruleName: 'Misinformation',
          reasonCode: null,
          explanation: 'Misinformation (91%, at least 60%)',
          platform: 'NOT_APPLICABLE',
        }),
      ],
    });
    renderApp({ server, path: '/inbox/spam?status=all' });
    const pane = await openPane();
    const banner = await within(pane).findByRole('alert', { name: 'Automatic moderation' });
    expect(banner).toHaveTextContent(
      'Assigned automatically to Communications by rule “Misinformation”',
    );
    expect(banner).toHaveTextContent('Misinformation (91%, at least 60%)');
  });

  it('shows agents what happened without the Undo button', async () => {
    const server = createFakeServer([hiddenComment()], {
      viewer: buildViewer({ role: 'AGENT' }),
      moderationActions: [buildModerationAction({ commentId: 'spam' })],
    });
    renderApp({ server, path: '/inbox/spam?status=all' });
    const pane = await openPane();
    const banner = await within(pane).findByRole('alert', { name: 'Automatic moderation' });
    expect(within(banner).queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();
  });

  it('stays away when the action was undone or a person has moved the comment on', async () => {
    const server = createFakeServer([hiddenComment()], {
      moderationActions: [
        buildModerationAction({ commentId: 'spam', state: 'UNDONE', canUndo: false }),
        buildModerationAction({ commentId: 'spam', canUndo: false }),
      ],
    });
    renderApp({ server, path: '/inbox/spam?status=all' });
    const pane = await openPane();
    expect(within(pane).queryByRole('alert', { name: 'Automatic moderation' })).toBeNull();
  });
});
