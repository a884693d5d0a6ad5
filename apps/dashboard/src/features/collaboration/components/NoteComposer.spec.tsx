import { screen, within } from '@testing-library/react';

import { buildTeamMember, type FakeNote } from '../../../testing/fake-collaboration';
import { buildComment } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

const DANA = buildTeamMember({ id: 'u-dana', displayName: 'Dana Whitfield', role: 'AGENT' });
const SAM = buildTeamMember({ id: 'u-sam', displayName: 'Sam Ortiz', role: 'REVIEWER' });
const SARA = buildTeamMember({ id: 'u-sara', displayName: 'Sara Kim', role: 'MANAGER' });

function openComment(notes: FakeNote[] = []) {
  const server = createFakeServer([buildComment({ id: 'c1' })], {
    members: [DANA, SAM, SARA],
    notes,
  });
  return { server, ...renderApp({ server, path: '/inbox/c1' }) };
}

async function findNoteBox() {
  return screen.findByRole('textbox', { name: 'Add a note' });
}

function suggestionNames(): string[] {
  const listbox = screen.getByRole('listbox', { name: 'Teammates to mention' });
  return within(listbox)
    .getAllByRole('option')
    .map((option) => (option.getAttribute('aria-label') ?? '').replace(/ \(.*\)$/, ''));
}

describe('NoteComposer', () => {
  it('suggests teammates after "@" and inserts the full name with Enter', async () => {
    const { server, user } = openComment();
    const box = await findNoteBox();
    expect(screen.getByText('Visible to your team only — never posted')).toBeInTheDocument();
    expect(screen.getByText(/No notes yet/)).toBeInTheDocument();

    await user.click(box);
    await user.paste('Please call back ');
    await user.keyboard('@da');

    expect(suggestionNames()).toEqual(['Dana Whitfield']);
    const option = screen.getByRole('option', { name: /Dana Whitfield/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Please call back @Dana Whitfield ');
    expect(screen.queryByRole('listbox', { name: 'Teammates to mention' })).not.toBeInTheDocument();
    expect(server.calls.addCommentNote).toEqual([]);
  });

  it('adds the note with Ctrl+Enter and highlights its mentions as the server found them', async () => {
    const { server, user } = openComment();
    const box = await findNoteBox();

    await user.click(box);
    await user.paste('Please call back @Dana Whitfield today');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const notes = screen.getByRole('region', { name: /Internal notes/ });
    const note = await within(notes).findByRole('listitem', { name: 'Note by Morgan Lee' });
    expect(note).toHaveTextContent('Please call back @Dana Whitfield today');
    expect([...note.querySelectorAll('[data-mention]')].map((mark) => mark.textContent)).toEqual([
      '@Dana Whitfield',
    ]);
    expect(server.calls.addCommentNote).toEqual([
      { commentId: 'c1', body: 'Please call back @Dana Whitfield today' },
    ]);
    expect(box).toHaveValue('');
  });

  it('moves through suggestions with the arrows, picks with Tab or a click, and closes on Escape', async () => {
    const { user } = openComment();
    const box = await findNoteBox();

    await user.click(box);
    await user.keyboard('@sa');
    expect(suggestionNames()).toEqual(['Sam Ortiz', 'Sara Kim']);
    await user.keyboard('{ArrowDown}{Tab}');
    expect(box).toHaveValue('@Sara Kim ');

    await user.paste('and ');
    await user.keyboard('@');
    expect(suggestionNames()).toEqual(['Dana Whitfield', 'Sam Ortiz', 'Sara Kim']);
    await user.click(screen.getByRole('option', { name: /Sam Ortiz/ }));
    expect(box).toHaveValue('@Sara Kim and @Sam Ortiz ');

    await user.keyboard('@d');
    expect(suggestionNames()).toEqual(['Dana Whitfield']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Teammates to mention' })).not.toBeInTheDocument();
    expect(box).toHaveValue('@Sara Kim and @Sam Ortiz @d');
    expect(screen.getByRole('article', { name: /^Comment by/ })).toBeInTheDocument();
  });

  it('lists the notes oldest first with their mentions, and never suggests the writer', async () => {
    const { user } = openComment([
      {
        __typename: 'CommentNote',
        id: 'n1',
        commentId: 'c1',
        authorId: 'u-dana',
        authorName: 'Dana Whitfield',
        body: 'Spoke to the family. @Morgan can you follow up?',
        mentionedUserIds: ['user-1'],
        createdAt: '2026-01-15T11:00:00.000Z',
      },
      {
        __typename: 'CommentNote',
        id: 'n2',
        commentId: 'c1',
        authorId: 'u-sam',
        authorName: 'Sam Ortiz',
        body: 'Ask @Nobody Here',
        mentionedUserIds: [],
        createdAt: '2026-01-15T11:30:00.000Z',
      },
    ]);
    const box = await findNoteBox();
    const notes = screen.getByRole('region', { name: 'Internal notes (2)' });
    const items = within(notes).getAllByRole('listitem');

    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Note by Dana Whitfield',
      'Note by Sam Ortiz',
    ]);
    expect(
      [...items[0].querySelectorAll('[data-mention]')].map((mark) => mark.textContent),
    ).toEqual(['@Morgan']);
    expect(items[1].querySelectorAll('[data-mention]')).toHaveLength(0);

    await user.click(box);
    await user.keyboard('@mor');
    expect(screen.queryByRole('listbox', { name: 'Teammates to mention' })).not.toBeInTheDocument();
  });

  it('keeps the text and says why when the note was not added', async () => {
    const server = createFakeServer([buildComment({ id: 'c1' })], {
      failCollaborationWith: 'FORBIDDEN',
    });
    const { user } = renderApp({ server, path: '/inbox/c1' });
    const box = await findNoteBox();

    await user.click(box);
    await user.paste('Called the ward');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(await screen.findByText(/^The note was not added:/)).toBeInTheDocument();
    expect(box).toHaveValue('Called the ward');
    expect(box).toHaveAccessibleDescription(/The note was not added/);
  });
});
