import { screen, waitFor, within } from '@testing-library/react';

import { buildComment, buildViewer } from '../testing/fake-data';
import { buildReply } from '../testing/fake-replies';
import { createFakeServer } from '../testing/fake-server';
import { renderApp } from '../testing/render-app';

const COMMENT = buildComment({
  id: 'c1',
  text: 'The billing office never calls back. Ridiculous.',
  authorName: 'Casey Brooks',
  intents: [{ __typename: 'IntentScore', label: 'COMPLAINT', confidence: 0.9 }],
});

describe('ApprovalsPage', () => {
  it('lists replies awaiting approval with their comment, and approves one', async () => {
    const server = createFakeServer([COMMENT], {
      viewer: buildViewer({ role: 'REVIEWER' }),
      replies: [
        buildReply({
          id: 'r1',
          commentId: 'c1',
          status: 'PENDING_APPROVAL',
          authorName: 'Sam Ortiz',
          submittedAt: '2026-01-15T11:00:00.000Z',
        }),
      ],
    });
    const { user } = renderApp({ server, path: '/approvals' });

    const card = await screen.findByRole('article', { name: 'Reply by Sam Ortiz' });
    expect(
      within(card).getByText('The billing office never calls back. Ridiculous.'),
    ).toBeInTheDocument();
    expect(within(card).getByText('Passes the compliance check.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Approve' }));

    await screen.findByText('Nothing to approve');
    expect(server.replies.calls.approveReply).toEqual([expect.objectContaining({ replyId: 'r1' })]);
  });

  it('sends a reply back with the reason given', async () => {
    const server = createFakeServer([COMMENT], {
      viewer: buildViewer({ role: 'MANAGER' }),
      replies: [buildReply({ id: 'r2', commentId: 'c1', status: 'PENDING_APPROVAL' })],
    });
    const { user } = renderApp({ server, path: '/approvals' });
    const card = await screen.findByRole('article', { name: /Reply by/ });

    await user.click(within(card).getByRole('button', { name: 'Request changes' }));
    await user.type(
      within(card).getByRole('textbox', { name: 'What needs to change?' }),
      'Add the e-mail.',
    );
    await user.click(within(card).getByRole('button', { name: 'Send back' }));

    await waitFor(() =>
      expect(server.replies.calls.rejectReply).toEqual([
        { replyId: 'r2', reason: 'Add the e-mail.' },
      ]),
    );
  });

  it('says when there is nothing to approve', async () => {
    const server = createFakeServer([COMMENT], { viewer: buildViewer({ role: 'REVIEWER' }) });
    renderApp({ server, path: '/approvals' });
    expect(await screen.findByText('Nothing to approve')).toBeInTheDocument();
  });
});
