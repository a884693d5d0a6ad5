import { screen, waitFor, within } from '@testing-library/react';

import { buildTeamMember } from '../../../testing/fake-collaboration';
import { buildComment } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

const DANA = buildTeamMember({ id: 'u-dana', displayName: 'Dana Whitfield' });

function rowIds(): string[] {
  const list = screen.getByRole('listbox', { name: 'Comments' });
  return within(list)
    .getAllByRole('option')
    .map((row) => row.getAttribute('data-comment-id') ?? '');
}

describe('the "Assigned to me" view', () => {
  it('narrows the inbox to the viewer’s comments, keeps the choice in the URL, and shows initials', async () => {
    const server = createFakeServer(
      [
        buildComment({ id: 'mine', assigneeId: 'user-1' }),
        buildComment({ id: 'danas', assigneeId: 'u-dana' }),
        buildComment({ id: 'nobodys' }),
      ],
      { members: [DANA] },
    );
    const { user, searchParams } = renderApp({ server });
    await waitFor(() => expect(rowIds()).toEqual(['mine', 'danas', 'nobodys']));
    const list = screen.getByRole('listbox', { name: 'Comments' });
    expect(within(list).getByText('Assigned to Dana Whitfield')).toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Assigned to me' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);

    await waitFor(() => expect(rowIds()).toEqual(['mine']));
    expect(searchParams().get('assignee')).toBe('me');
    expect(server.calls.comments.at(-1)?.filter).toEqual({
      assigneeId: 'user-1',
      status: ['NEW'],
    });
    await waitFor(() => expect(screen.getByTestId('tab-count-new')).toHaveTextContent('1'));
    expect(within(list).getByText('Assigned to Morgan Lee')).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect(searchParams().get('assignee')).toBeNull();
  });

  it('says how work gets assigned when nothing is, and goes back to everyone’s', async () => {
    const server = createFakeServer([buildComment({ id: 'other' })]);
    const { user, searchParams } = renderApp({ server, path: '/inbox?assignee=me' });

    expect(await screen.findByText('Nothing in New is assigned to you')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show everyone’s comments' }));

    await waitFor(() => expect(rowIds()).toEqual(['other']));
    expect(searchParams().get('assignee')).toBeNull();
  });

  it('opens from a link, and "Clear filters" leaves it', async () => {
    const server = createFakeServer([
      buildComment({ id: 'mine', assigneeId: 'user-1' }),
      buildComment({ id: 'other' }),
    ]);
    const { user, searchParams } = renderApp({ server, path: '/inbox?assignee=me' });

    await waitFor(() => expect(rowIds()).toEqual(['mine']));
    expect(screen.getByRole('button', { name: 'Assigned to me' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowIds()).toEqual(['mine', 'other']));
    expect(searchParams().get('assignee')).toBeNull();
  });
});
