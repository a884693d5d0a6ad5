import { screen, waitFor, within } from '@testing-library/react';

import { buildCase, type FakeCase } from '../testing/fake-cases';
import { buildTeamMember } from '../testing/fake-collaboration';
import { buildComment } from '../testing/fake-data';
import { createFakeServer } from '../testing/fake-server';
import { fillIn, renderApp } from '../testing/render-app';

function renderCase(overrides: Partial<FakeCase> = {}) {
  const comment = buildComment({
    id: 'linked',
    authorName: 'Rosa Díaz',
    text: 'Nobody told us why the surgery was moved.',
    status: 'ESCALATED',
  });
  const item = buildCase({
    number: 1001,
    title: 'Surgery rescheduling',
    commentIds: [comment.id],
    events: [
      {
        __typename: 'CaseEvent',
        id: 'event-1',
        at: new Date().toISOString(),
        kind: 'OPENED',
        actorName: 'Morgan Lee',
        from: null,
        to: null,
        text: null,
        commentId: null,
      },
    ],
    ...overrides,
  });
  const server = createFakeServer([comment], {
    cases: [item],
    members: [buildTeamMember({ id: 'user-2', displayName: 'Sam Rivera' })],
  });
  const view = renderApp({ server, path: `/cases/${item.id}` });
  return { server, item, ...view };
}

async function findCase(): Promise<HTMLElement> {
  return screen.findByRole('article', { name: 'Case' });
}

function timelineTexts(): string[] {
  const timeline = screen.getByRole('region', { name: 'Timeline' });
  return within(timeline)
    .getAllByText(/Morgan Lee/)
    .map((node) => node.parentElement?.textContent ?? '');
}

describe('CaseDetailPage', () => {
  it('shows the case, its comment with a link to the inbox, and the timeline', async () => {
    renderCase();
    const page = await findCase();
    expect(within(page).getByRole('heading', { name: 'Surgery rescheduling' })).toBeInTheDocument();
    expect(within(page).getByText('C-1001')).toBeInTheDocument();
    // The clock is real, and a loaded machine may be slow to get here.
    // The deadline is an hour from when the fixture was built, read by a clock floored to the second.
    expect(within(page).getByText(/^Due in (5\d min|1 h)$/)).toBeInTheDocument();
    const comment = within(page).getByRole('article', { name: 'Comment by Rosa Díaz' });
    expect(
      within(comment).getByText('Nobody told us why the surgery was moved.'),
    ).toBeInTheDocument();
    expect(within(comment).getByRole('link', { name: 'Open in the inbox' })).toHaveAttribute(
      'href',
      '/inbox/linked?status=all',
    );
    expect(timelineTexts()).toEqual(['Morgan Lee opened the case']);
  });

  it('starts, refuses to resolve without a note, resolves with one and reopens', async () => {
    const { user, server } = renderCase();
    const page = await findCase();
    const actions = within(page).getByRole('group', { name: 'Case status' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Start work']);

    await user.click(within(actions).getByRole('button', { name: 'Start work' }));
    await waitFor(() =>
      expect(within(actions).getByRole('button', { name: 'Resolve' })).toBeInTheDocument(),
    );
    await user.click(within(actions).getByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve C-1001' });
    await user.click(within(dialog).getByRole('button', { name: 'Resolve case' }));
    expect(await within(dialog).findByText('Write how the case was resolved.')).toBeInTheDocument();
    expect(server.cases.calls.changeCaseStatus).toEqual([
      { id: 'case-1001', status: 'IN_PROGRESS' },
    ]);

    await fillIn(
      user,
      within(dialog).getByRole('textbox', { name: 'Resolution note' }),
      'Surgeon called the family; new date confirmed.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Resolve case' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.cases.calls.changeCaseStatus.at(-1)).toEqual({
      id: 'case-1001',
      status: 'RESOLVED',
      resolutionNote: 'Surgeon called the family; new date confirmed.',
    });
    expect(await within(page).findByText('Met')).toBeInTheDocument();
    expect(
      within(page).getAllByText('Surgeon called the family; new date confirmed.'),
    ).toHaveLength(2);
    expect(timelineTexts()).toEqual([
      'Morgan Lee opened the case',
      'Morgan Lee started work on it',
      'Morgan Lee resolved the case',
    ]);

    await user.click(within(actions).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(timelineTexts()).toHaveLength(4));
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Start work', 'Resolve']);
  });

  it('assigns, moves to another team and adds notes, each on the timeline', async () => {
    const { user, server } = renderCase();
    const page = await findCase();
    const ownership = within(page).getByRole('group', { name: 'Ownership' });

    await user.click(within(ownership).getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Sam Rivera' }));
    await user.click(within(ownership).getByRole('combobox', { name: 'Team' }));
    await user.click(await screen.findByRole('option', { name: 'Risk and compliance' }));
    await fillIn(
      user,
      within(page).getByRole('textbox', { name: 'Add a note' }),
      'Left a voicemail.',
    );
    await user.click(within(page).getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(timelineTexts()).toHaveLength(4));
    expect(timelineTexts()).toEqual([
      'Morgan Lee opened the case',
      'Morgan Lee assigned it to Sam Rivera',
      'Morgan Lee moved it from Patient relations to Risk and compliance',
      'Morgan Lee added a note',
    ]);
    expect(within(page).getByText('Left a voicemail.')).toBeInTheDocument();
    expect(server.cases.calls.updateCase).toEqual([
      { id: 'case-1001', assigneeId: 'user-2' },
      { id: 'case-1001', team: 'RISK_COMPLIANCE' },
    ]);
    expect(within(page).getByRole('textbox', { name: 'Add a note' })).toHaveValue('');
  });

  it('says when the case does not exist', async () => {
    const server = createFakeServer([]);
    renderApp({ server, path: '/cases/nope' });
    expect(await screen.findByText('This case is not here')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All cases' })).toHaveAttribute('href', '/cases');
  });
});
