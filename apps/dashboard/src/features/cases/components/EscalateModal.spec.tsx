import { screen, waitFor, within } from '@testing-library/react';

import { buildCase } from '../../../testing/fake-cases';
import { buildTeamMember } from '../../../testing/fake-collaboration';
import { buildComment, type FakeComment } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { fillIn, renderApp } from '../../../testing/render-app';

function complaint(overrides: Partial<FakeComment> = {}): FakeComment {
  return buildComment({
    id: 'open',
    authorName: 'Rosa Díaz',
    text: 'Nobody told us why the surgery was moved. Third time this month.',
    urgency: 'HIGH',
    sentiment: 'NEGATIVE',
    intents: [{ __typename: 'IntentScore', label: 'COMPLAINT', confidence: 0.9 }],
    triageModelVersion: 'rules-1',
    receivedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    ...overrides,
  });
}

/** The detail pane, once the open comment has loaded. */
async function openPane() {
  await screen.findByRole('article', { name: 'Comment by Rosa Díaz' });
  return screen.getByRole('region', { name: 'Comment' });
}

describe('escalating a comment to a case', () => {
  it('opens on e with category and team suggested by triage, and opens the case', async () => {
    const server = createFakeServer([complaint()], {
      members: [buildTeamMember({ id: 'user-2', displayName: 'Sam Rivera' })],
    });
    const { user, url } = renderApp({ server, path: '/inbox/open' });
    await openPane();

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Escalate to a case' });
    expect(within(dialog).getByRole('combobox', { name: 'Category' })).toHaveValue(
      'Patient complaint',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Team' })).toHaveValue('Patient relations');

    await user.click(within(dialog).getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Sam Rivera' }));
    await fillIn(
      user,
      within(dialog).getByRole('textbox', { name: 'Note for the team' }),
      'Call the daughter back today.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Open case' }));

    expect(await within(dialog).findByText('Case C-1001 opened.')).toBeInTheDocument();
    expect(server.cases.calls.escalateComment).toEqual([
      {
        commentIds: ['open'],
        category: 'PATIENT_COMPLAINT',
        team: 'PATIENT_RELATIONS',
        assigneeId: 'user-2',
        title: null,
        note: 'Call the daughter back today.',
      },
    ]);
    // The pane shows the new status and the case without a reload.
    const cases = await screen.findByRole('region', { name: 'Cases' });
    expect(within(cases).getByRole('link', { name: 'C-1001' })).toHaveAttribute(
      'href',
      '/cases/case-1001',
    );
    expect(within(await openPane()).getAllByText('Escalated').length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('link', { name: 'Open case C-1001' }));
    await waitFor(() => expect(url()).toBe('/cases/case-1001'));
    expect(await screen.findByRole('article', { name: 'Case' })).toBeInTheDocument();
  });

  it('suggests the nurse line for a medical question and risk for an emergency', async () => {
    const question = complaint({
      intents: [{ __typename: 'IntentScore', label: 'MEDICAL_ADVICE_REQUEST', confidence: 0.8 }],
    });
    const { user } = renderApp({ server: createFakeServer([question]), path: '/inbox/open' });
    await openPane();
    await user.click(screen.getByRole('button', { name: /^Escalate/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Escalate to a case' });
    expect(within(dialog).getByRole('combobox', { name: 'Category' })).toHaveValue(
      'Medical question for the nurse line',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Team' })).toHaveValue('Nursing');
  });

  it('adds the comment to an open case instead', async () => {
    const open = buildCase({ number: 1042, title: 'Surgery rescheduling', commentIds: [] });
    const resolved = buildCase({ number: 1043, status: 'RESOLVED', title: 'Old matter' });
    const server = createFakeServer([complaint()], { cases: [open, resolved] });
    const { user } = renderApp({ server, path: '/inbox/open' });
    await openPane();

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Escalate to a case' });
    await user.click(within(dialog).getByRole('radio', { name: 'Add to an open case' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Case' }));
    expect(screen.queryByRole('option', { name: /C-1043/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'C-1042 · Surgery rescheduling' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to case' }));

    expect(await within(dialog).findByText('Added to case C-1042.')).toBeInTheDocument();
    expect(server.cases.calls.linkCommentToCase).toEqual([{ caseId: open.id, commentId: 'open' }]);
  });

  it('shows the first-response deadline of the open comment', async () => {
    const server = createFakeServer([complaint()]);
    renderApp({ server, path: '/inbox/open' });
    const pane = await openPane();
    // High urgency: an hour from arrival, ten minutes ago.
    expect(await within(pane).findByText(/^Due in 4\d min$/)).toBeInTheDocument();
    expect(within(pane).getByText('First response:')).toBeInTheDocument();
  });

  it('shows a breached first response in red', async () => {
    const late = complaint({ receivedAt: new Date(Date.now() - 90 * 60_000).toISOString() });
    renderApp({ server: createFakeServer([late]), path: '/inbox/open' });
    const pane = await openPane();
    const breached = await within(pane).findByText(/^Breached 30 min ago$/);
    expect(breached.closest('[data-sla-state]')).toHaveAttribute('data-sla-state', 'breached');
  });
});
