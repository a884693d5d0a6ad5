import { fireEvent, screen, within } from '@testing-library/react';

import { buildTeamMember } from '../../../testing/fake-collaboration';
import { buildComment, buildViewer } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

const DANA = buildTeamMember({ id: 'u-dana', displayName: 'Dana Whitfield', role: 'AGENT' });
const SAM = buildTeamMember({ id: 'u-sam', displayName: 'Sam Ortiz', role: 'REVIEWER' });
const AGENT = buildViewer({ role: 'AGENT' });
const MANAGER = buildViewer({ role: 'MANAGER' });

function findAssignment() {
  return screen.findByRole('group', { name: 'Assignment' });
}

function rowOf(commentId: string): HTMLElement {
  const list = screen.getByRole('listbox', { name: 'Comments' });
  const row = list.querySelector<HTMLElement>(`[data-comment-id="${commentId}"]`);
  if (!row) {
    throw new Error(`No row for ${commentId}`);
  }
  return row;
}

describe('AssignmentControl', () => {
  it('lets an agent take an unassigned comment and give it back', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], {
      viewer: AGENT,
      members: [DANA],
    });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const assignment = await findAssignment();
    expect(within(assignment).getByText('Unassigned')).toBeInTheDocument();
    expect(within(assignment).queryByRole('combobox', { name: 'Assignee' })).toBeNull();

    await user.click(within(assignment).getByRole('button', { name: 'Take it' }));

    expect(await within(assignment).findByText('you (Morgan Lee)')).toBeInTheDocument();
    expect(server.calls.assignComment).toEqual([{ commentId: 'c1', assigneeId: 'user-1' }]);
    expect(within(rowOf('c1')).getByText('Assigned to Morgan Lee')).toBeInTheDocument();

    await user.click(within(assignment).getByRole('button', { name: 'Give back' }));

    expect(await within(assignment).findByText('Unassigned')).toBeInTheDocument();
    expect(server.calls.assignComment[1]).toEqual({ commentId: 'c1', assigneeId: null });
    expect(within(rowOf('c1')).queryByTestId('row-assignee')).toBeNull();
  });

  it('takes the comment with the `a` shortcut, listed in the shortcut help', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], { viewer: AGENT });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const assignment = await findAssignment();

    await user.keyboard('a');

    expect(await within(assignment).findByText('you (Morgan Lee)')).toBeInTheDocument();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Take it, or pick an assignee')).toBeInTheDocument();
  });

  it('shows an agent who has someone else’s comment, with nothing to press', async () => {
    const server = createFakeServer([buildComment({ id: 'c1', assigneeId: 'u-dana' })], {
      viewer: AGENT,
      members: [DANA],
    });
    renderApp({ server, path: '/inbox/c1' });
    const assignment = await findAssignment();

    expect(within(assignment).getByText('Dana Whitfield')).toBeInTheDocument();
    expect(within(assignment).getByText('Only a manager can reassign it')).toBeInTheDocument();
    expect(within(assignment).queryAllByRole('button')).toHaveLength(0);
    expect(within(rowOf('c1')).getByText('Assigned to Dana Whitfield')).toBeInTheDocument();
  });

  it('lets a manager pick anyone from a searchable list, open it with `a`, and unassign', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], {
      viewer: MANAGER,
      members: [DANA, SAM],
    });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const assignment = await findAssignment();
    const picker = within(assignment).getByRole('combobox', { name: 'Assignee' });
    expect(within(assignment).queryByRole('button', { name: 'Take it' })).toBeNull();

    await user.keyboard('a');
    expect(picker).toHaveFocus();
    await user.type(picker, 'sam');
    await user.click(await screen.findByRole('option', { name: /Sam Ortiz/ }));

    expect(await within(rowOf('c1')).findByText('Assigned to Sam Ortiz')).toBeInTheDocument();
    expect(picker).toHaveValue('Sam Ortiz');
    expect(server.calls.assignComment).toEqual([{ commentId: 'c1', assigneeId: 'u-sam' }]);

    await user.click(within(assignment).getByRole('button', { name: 'Unassign' }));

    expect(await within(assignment).findByRole('combobox', { name: 'Assignee' })).toHaveValue('');
    expect(server.calls.assignComment[1]).toEqual({ commentId: 'c1', assigneeId: null });
  });

  it('says why when the server refuses, and shows the assignee it kept', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], {
      viewer: AGENT,
      failCollaborationWith: 'FORBIDDEN',
    });
    renderApp({ server, path: '/inbox/c1' });
    const assignment = await findAssignment();

    fireEvent.click(within(assignment).getByRole('button', { name: 'Take it' }));

    expect(await screen.findByText(/^The assignment did not change:/)).toHaveAttribute(
      'role',
      'alert',
    );
    expect(within(assignment).getByText('Unassigned')).toBeInTheDocument();
  });
});
