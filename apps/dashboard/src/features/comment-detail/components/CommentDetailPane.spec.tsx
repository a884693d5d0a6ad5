import { screen, within } from '@testing-library/react';

import { buildChannel, buildComment, type FakePost } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

const post: FakePost = {
  __typename: 'Post',
  id: 'post-1',
  externalId: 'fb-post-1',
  text: 'Our new cardiac wing opens Monday.',
  url: 'https://example.test/posts/1',
  publishedAt: '2026-01-10T09:00:00.000Z',
  channel: buildChannel('FACEBOOK'),
};

const OPEN_TEXT = '💔 My dad Tom Reyes has chest pain right now, call 555-0199?';

function buildThread() {
  const root = buildComment({
    id: 'root',
    post,
    authorName: 'Maya Chen',
    text: 'Congratulations to the team!',
  });
  const open = buildComment({
    id: 'open',
    post,
    parentId: 'root',
    authorName: 'Luis Ortega',
    authorHandle: '@lortega',
    text: OPEN_TEXT,
    url: 'https://example.test/comments/open',
    hasPhi: true,
    phi: [
      {
        __typename: 'PhiSpan',
        start: OPEN_TEXT.indexOf('Tom Reyes'),
        end: OPEN_TEXT.indexOf('Tom Reyes') + 9,
        type: 'PERSON_NAME',
      },
      {
        __typename: 'PhiSpan',
        start: OPEN_TEXT.indexOf('555-0199'),
        end: OPEN_TEXT.indexOf('555-0199') + 8,
        type: 'PHONE',
      },
    ],
    urgency: 'CRITICAL',
    sentiment: 'NEGATIVE',
    intents: [{ __typename: 'IntentScore', label: 'EMERGENCY', confidence: 0.93 }],
    triageReasons: [
      { __typename: 'TriageReason', label: 'urgency', cues: ['chest pain', 'right now'] },
      { __typename: 'TriageReason', label: 'emergency', cues: ['chest pain'] },
    ],
    triageModelVersion: 'rules-1',
  });
  const reply = buildComment({
    id: 'reply',
    post,
    parentId: 'open',
    authorName: 'Northbrook Care Team',
    text: 'Please call 911 now.',
  });
  return [root, open, reply];
}

describe('CommentDetailPane', () => {
  it('shows the thread around the comment, with its post', async () => {
    renderApp({ server: createFakeServer(buildThread()), path: '/inbox/open' });

    const current = await screen.findByRole('article', { name: 'Comment by Luis Ortega' });
    expect(within(current).getByText('@lortega')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Maya Chen in this thread' })).toHaveTextContent(
      'Congratulations to the team!',
    );
    expect(
      screen.getByRole('article', { name: 'Northbrook Care Team in this thread' }),
    ).toHaveTextContent('Please call 911 now.');
    expect(screen.getByText('1 reply')).toBeInTheDocument();
    const postSection = screen.getByRole('region', { name: 'Post' });
    expect(postSection).toHaveTextContent('Our new cardiac wing opens Monday.');
    expect(within(postSection).getByRole('link', { name: /View post/ })).toHaveAttribute(
      'href',
      post.url,
    );
    expect(screen.getByRole('link', { name: /Open original/ })).toHaveAttribute(
      'href',
      'https://example.test/comments/open',
    );
  });

  it('warns about PHI and highlights it in the text', async () => {
    renderApp({ server: createFakeServer(buildThread()), path: '/inbox/open' });

    const current = await screen.findByRole('article', { name: 'Comment by Luis Ortega' });
    expect(screen.getByText('Contains PHI — do not repeat it in a reply')).toBeInTheDocument();
    expect([...current.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Tom Reyes',
      '555-0199',
    ]);
  });

  it('shows triage badges whose tooltip lists the cues', async () => {
    const { user } = renderApp({ server: createFakeServer(buildThread()), path: '/inbox/open' });

    const triage = await screen.findByRole('region', { name: 'Triage' });
    const urgency = within(triage).getByLabelText('Critical urgency');
    expect(within(triage).getByLabelText('Negative sentiment')).toBeInTheDocument();
    expect(within(triage).getByLabelText('Intent: Emergency (93% sure)')).toBeInTheDocument();
    expect(
      within(triage).getByLabelText(
        /^Contains protected health information: Person name, Phone number$/,
      ),
    ).toBeInTheDocument();

    await user.hover(urgency);

    expect(await screen.findByText('Cues: “chest pain”, “right now”')).toBeInTheDocument();
  });

  it('shows the star rating of a review and says when triage has not run', async () => {
    const review = buildComment({
      id: 'review',
      channel: buildChannel('GOOGLE_REVIEW'),
      rating: 2,
      text: 'Long wait.',
    });
    renderApp({ server: createFakeServer([review]), path: '/inbox/review' });

    await screen.findByRole('article', { name: /^Comment by/ });
    expect(screen.getByRole('img', { name: 'Rated 2 out of 5' })).toBeInTheDocument();
    expect(screen.getByText(/Not triaged yet/)).toBeInTheDocument();
    expect(
      screen.queryByText('Contains PHI — do not repeat it in a reply'),
    ).not.toBeInTheDocument();
  });

  it('says so when the comment does not exist', async () => {
    renderApp({ server: createFakeServer(buildThread()), path: '/inbox/nope' });

    expect(await screen.findByText('This comment is not here')).toBeInTheDocument();
  });
});
