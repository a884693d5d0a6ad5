import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';

import { buildComment, buildViewer } from '../../../testing/fake-data';
import { buildReply, FAKE_SUGGESTION, type FakeReply } from '../../../testing/fake-replies';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

const COMPLAINT = buildComment({
  id: 'c1',
  text: 'Waited six hours in the ER with my son Jake. Awful.',
  intents: [{ __typename: 'IntentScore', label: 'COMPLAINT', confidence: 0.9 }],
  phi: [{ __typename: 'PhiSpan', type: 'PERSON_NAME', start: 39, end: 43 }],
  hasPhi: true,
});

function openComplaint(options: { replies?: FakeReply[]; approvalPolicy?: 'ALL' | 'NONE' } = {}) {
  const server = createFakeServer([{ ...COMPLAINT }], options);
  return { server, ...renderApp({ server, path: '/inbox/c1' }) };
}

async function findEditor() {
  const reply = await screen.findByRole('region', { name: 'Reply' });
  const editor = within(reply).getByRole('textbox', { name: 'Public reply' });
  return { reply, editor };
}

describe('ReplyComposer', () => {
  it('starts from the suggested draft, which passes the checker', async () => {
    openComplaint();
    const { reply, editor } = await findEditor();
    await waitFor(() => expect(editor).toHaveValue(FAKE_SUGGESTION));
    expect(await within(reply).findByText('Passes the compliance check.')).toBeInTheDocument();
    expect(within(reply).getByRole('button', { name: 'Submit for approval' })).toBeEnabled();
  });

  it('underlines a violation as it is typed, blocks submitting, and lets it be fixed', async () => {
    const { user } = openComplaint();
    const { reply, editor } = await findEditor();
    await waitFor(() => expect(editor).toHaveValue(FAKE_SUGGESTION));

    await user.click(editor);
    await user.keyboard('{End} We hope Jake enjoyed his stay.');

    const findings = await within(reply).findByRole('list', { name: 'Compliance findings' });
    expect(within(findings).getByText('Implies a patient relationship')).toBeInTheDocument();
    expect(within(findings).getByText('Repeats health or personal details')).toBeInTheDocument();
    const marks = [...reply.querySelectorAll('mark[data-severity="block"]')].map(
      (mark) => mark.textContent,
    );
    expect(marks).toContain('Jake');
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(within(reply).getByRole('button', { name: 'Submit for approval' })).toBeDisabled();

    await user.clear(editor);
    await user.paste(FAKE_SUGGESTION);
    await within(reply).findByText('Passes the compliance check.');
    expect(reply.querySelectorAll('mark')).toHaveLength(0);
  });

  it('saves and submits for approval, then shows that it awaits a reviewer', async () => {
    const { server, user } = openComplaint();
    const { reply, editor } = await findEditor();
    await waitFor(() => expect(editor).toHaveValue(FAKE_SUGGESTION));

    await user.click(within(reply).getByRole('button', { name: 'Submit for approval' }));

    await within(reply).findByText(
      'Submitted: a reviewer will approve it from the approvals queue.',
    );
    expect(within(reply).getByTestId('reply-status')).toHaveTextContent('Awaiting approval');
    expect(server.replies.calls.saveReply).toEqual([
      expect.objectContaining({ commentId: 'c1', body: FAKE_SUGGESTION, source: 'TEMPLATE' }),
    ]);
    expect(server.replies.calls.submitReply).toHaveLength(1);
  });

  it('shows a reviewer’s reason when changes were requested', async () => {
    openComplaint({
      replies: [
        buildReply({
          commentId: 'c1',
          status: 'REJECTED',
          reviewerName: 'Rhea Singh',
          reviewNote: 'Add the e-mail address too.',
        }),
      ],
    });
    const { reply } = await findEditor();
    expect(await within(reply).findByText('Changes requested by Rhea Singh')).toBeInTheDocument();
    expect(within(reply).getByText('Add the e-mail address too.')).toBeInTheDocument();
  });

  it('sends an approved reply by copying it and marking the comment replied', async () => {
    const { server, user } = openComplaint({
      replies: [buildReply({ commentId: 'c1', status: 'APPROVED' })],
    });
    const writeText = jest.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { reply } = await findEditor();

    await user.click(
      await within(reply).findByRole('button', { name: 'Copy reply & mark as replied' }),
    );

    await within(reply).findByText(/Copied and marked as replied/);
    expect(writeText).toHaveBeenCalledWith(FAKE_SUGGESTION);
    expect(server.replies.calls.sendReply).toHaveLength(1);
    expect(server.byId('c1')?.status).toBe('REPLIED');
  });

  it('suggests hiding spam instead of drafting a reply', async () => {
    const spam = {
      ...COMPLAINT,
      intents: [{ __typename: 'IntentScore' as const, label: 'SPAM' as const, confidence: 0.97 }],
    };
    const server = createFakeServer([spam], { suggestion: { reply: '', action: 'HIDE' } });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const reply = await screen.findByRole('region', { name: 'Reply' });
    expect(await within(reply).findByText("Suggested: hide, don't reply")).toBeInTheDocument();
    await user.click(within(reply).getByRole('button', { name: 'Hide comment' }));

    // Hiding asks for the community-guidelines reason, suggested from the labels.
    const dialog = await screen.findByRole('dialog', { name: 'Hide this comment' });
    expect(within(dialog).getByRole('radio', { name: 'Spam or scam' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Hide comment' }));
    await waitFor(() => expect(server.byId('c1')?.status).toBe('HIDDEN'));
    expect(server.moderation.calls.hideComment).toEqual([
      { commentId: 'c1', reasonCode: 'SPAM_SCAM' },
    ]);
  });

  it('lets a reviewer approve a teammate’s submitted reply in place', async () => {
    const server = createFakeServer([{ ...COMPLAINT }], {
      viewer: buildViewer({ role: 'REVIEWER' }),
      replies: [
        buildReply({ commentId: 'c1', status: 'PENDING_APPROVAL', authorName: 'Sam Ortiz' }),
      ],
    });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const reply = await screen.findByRole('region', { name: 'Reply' });
    await waitFor(() =>
      expect(within(reply).getByTestId('reply-status')).toHaveTextContent('Awaiting approval'),
    );
    await user.click(within(reply).getByRole('button', { name: 'Approve' }));
    await within(reply).findByText('Approved: it can be sent now.');
    expect(server.replies.calls.approveReply).toEqual([
      expect.objectContaining({ acknowledgeWarnings: false }),
    ]);
  });
});
