import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';

import { buildConnection, type FakeChannelConnection } from '../../../testing/fake-channels';
import { buildChannel, buildComment, type FakeComment } from '../../../testing/fake-data';
import { buildPosting, buildReply, type FakeReply } from '../../../testing/fake-replies';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';
import { REPLY_POSTING_POLL_MS } from '../hooks/useReplyPostingPoll';

const FACEBOOK = buildChannel('FACEBOOK', { externalAccountId: '1029384756' });
const PERMALINK = 'https://facebook.test/1029384756/posts/1?comment_id=99';

function openComment(
  options: {
    replies?: FakeReply[];
    connection?: FakeChannelConnection | null;
    comment?: Partial<FakeComment>;
  } = {},
) {
  const comment = buildComment({
    id: 'c1',
    channel: FACEBOOK,
    text: 'How long is the wait at the walk-in clinic today?',
    ...options.comment,
  });
  const connection = options.connection === undefined ? buildConnection() : options.connection;
  const server = createFakeServer([comment], {
    replies: options.replies ?? [],
    connections: connection ? { [FACEBOOK.id]: connection } : {},
  });
  return { server, ...renderApp({ server, path: '/inbox/c1' }) };
}

function stubClipboard() {
  const writeText = jest.fn((_text: string) => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('Posting replies through a connected channel', () => {
  it('offers "Post reply" for a connected channel, then follows the posting until it is posted', async () => {
    const approved = buildReply({ commentId: 'c1', status: 'APPROVED' });
    const { server, user } = openComment({ replies: [approved] });
    const reply = await screen.findByRole('region', { name: 'Reply' });

    const post = await within(reply).findByRole('button', { name: 'Post reply' });
    expect(
      within(reply).getByRole('button', { name: 'Copy & mark as replied (manual)' }),
    ).toBeEnabled();
    expect(
      within(reply).queryByRole('button', { name: 'Copy reply & mark as replied' }),
    ).not.toBeInTheDocument();

    await user.click(post);
    expect(await within(reply).findByText('Posting…')).toBeInTheDocument();
    expect(server.replies.calls.sendReply).toEqual([{ replyId: approved.id, manual: false }]);
    expect(within(reply).queryByRole('textbox', { name: 'Public reply' })).not.toBeInTheDocument();

    // The connector posts it in the background; the pane asks again until it sees that.
    server.replies.settlePosting(approved.id, { permalink: PERMALINK });
    expect(
      await within(reply).findByText(/Posted to Facebook/, undefined, {
        timeout: REPLY_POSTING_POLL_MS * 3,
      }),
    ).toBeInTheDocument();
    expect(within(reply).getByTestId('reply-status')).toHaveTextContent('Posted');
    expect(within(reply).getByRole('link', { name: 'View on Facebook' })).toHaveAttribute(
      'href',
      PERMALINK,
    );
    expect(server.byId('c1')?.status).toBe('REPLIED');
  });

  it('shows why a posting failed, and retries it', async () => {
    const failed = buildReply({ commentId: 'c1', status: 'APPROVED' });
    failed.posting = buildPosting(failed.id, {
      state: 'FAILED',
      attempts: 3,
      error: 'Facebook refused the reply: (#200) Permissions error.',
    });
    const { server, user } = openComment({ replies: [failed] });
    const reply = await screen.findByRole('region', { name: 'Reply' });

    expect(await within(reply).findByText('Posting to Facebook failed')).toBeInTheDocument();
    expect(
      within(reply).getByText('Facebook refused the reply: (#200) Permissions error.'),
    ).toBeInTheDocument();
    expect(within(reply).queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(
      within(reply).getByRole('button', { name: 'Copy & mark as replied (manual)' }),
    ).toBeInTheDocument();

    await user.click(within(reply).getByRole('button', { name: 'Retry' }));
    expect(await within(reply).findByText('Posting…')).toBeInTheDocument();
    expect(server.replies.calls.retryReplyDelivery).toEqual([failed.id]);
    expect(server.replies.calls.sendReply).toEqual([]);
  });

  it('copies a failed reply by hand, recording it as sent manually', async () => {
    const failed = buildReply({ commentId: 'c1', status: 'APPROVED' });
    failed.posting = buildPosting(failed.id, { state: 'FAILED', error: 'Timed out.' });
    const { server, user } = openComment({ replies: [failed] });
    const writeText = stubClipboard();
    const reply = await screen.findByRole('region', { name: 'Reply' });

    await user.click(
      await within(reply).findByRole('button', { name: 'Copy & mark as replied (manual)' }),
    );

    expect(await within(reply).findByText(/Copied and marked as replied/)).toBeInTheDocument();
    expect(within(reply).getByText(/Copied to the platform by hand/)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(failed.body);
    expect(server.replies.calls.sendReply).toEqual([{ replyId: failed.id, manual: true }]);
    expect(server.replies.calls.retryReplyDelivery).toEqual([]);
    expect(server.byId('c1')?.status).toBe('REPLIED');
  });

  it('keeps copying by hand for a paused channel', async () => {
    const { user, server } = openComment({
      replies: [buildReply({ commentId: 'c1', status: 'APPROVED' })],
      connection: buildConnection('FACEBOOK', { state: 'PAUSED' }),
    });
    stubClipboard();
    const reply = await screen.findByRole('region', { name: 'Reply' });
    await user.click(
      await within(reply).findByRole('button', { name: 'Copy reply & mark as replied' }),
    );
    await waitFor(() => expect(server.byId('c1')?.status).toBe('REPLIED'));
    expect(within(reply).queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(server.replies.calls.sendReply).toEqual([
      { replyId: expect.any(String) as string, manual: true },
    ]);
  });

  it('says a comment deleted on the platform cannot be answered', async () => {
    const deletedAt = '2026-01-15T11:30:00.000Z';
    openComment({
      comment: { deletedAt },
      replies: [buildReply({ commentId: 'c1', status: 'APPROVED' })],
    });
    const pane = await screen.findByRole('region', { name: 'Comment' });
    const badge = await within(pane).findByText('Deleted on Facebook');
    expect(badge.closest('[title]')).toHaveAttribute('title', expect.stringMatching(/^Deleted /));

    const reply = within(pane).getByRole('region', { name: 'Reply' });
    expect(
      within(reply).getByText('The author deleted this comment on Facebook'),
    ).toBeInTheDocument();
    expect(within(reply).queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(within(reply).queryByRole('textbox', { name: 'Public reply' })).not.toBeInTheDocument();
  });
});
