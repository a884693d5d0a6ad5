import { toRawCommentInput } from './to-raw-comment-input';

describe('toRawCommentInput', () => {
  it.each([
    [
      'canonical camelCase keys',
      {
        channel: 'facebook',
        externalId: 'fb_1',
        parentExternalId: 'fb_0',
        postExternalId: 'post_9',
        authorName: 'Ana',
        authorHandle: '@ana',
        text: 'Thank you 4 West!',
        url: 'https://facebook.example/p/1',
        createdAt: '2026-11-20T08:15:00Z',
      },
      {
        channel: 'facebook',
        externalId: 'fb_1',
        parentExternalId: 'fb_0',
        postExternalId: 'post_9',
        authorName: 'Ana',
        authorHandle: '@ana',
        text: 'Thank you 4 West!',
        url: 'https://facebook.example/p/1',
        createdAt: '2026-11-20T08:15:00Z',
      },
    ],
    [
      'snake_case keys',
      {
        external_id: 'x_1',
        parent_external_id: 'x_0',
        post_external_id: 'p_1',
        author_name: 'Sam',
        author_handle: '@sam',
        created_at: '2026-11-20',
      },
      {
        externalId: 'x_1',
        parentExternalId: 'x_0',
        postExternalId: 'p_1',
        authorName: 'Sam',
        authorHandle: '@sam',
        createdAt: '2026-11-20',
      },
    ],
    [
      'aliases from platform exports',
      {
        platform: 'instagram',
        id: 'ig_7',
        message: 'Where do I park?',
        author: 'Lee',
        handle: 'lee.r',
        created_time: '2026-11-21T10:00:00Z',
        parent_id: 'ig_6',
        post_id: 'ig_post_1',
        permalink: 'https://instagram.example/c/7',
      },
      {
        channel: 'instagram',
        externalId: 'ig_7',
        text: 'Where do I park?',
        authorName: 'Lee',
        authorHandle: 'lee.r',
        createdAt: '2026-11-21T10:00:00Z',
        parentExternalId: 'ig_6',
        postExternalId: 'ig_post_1',
        url: 'https://instagram.example/c/7',
      },
    ],
    [
      'more aliases',
      { source: 'blog', body: 'Great article', name: 'Kim', username: 'kim', timestamp: 1 },
      {
        channel: 'blog',
        text: 'Great article',
        authorName: 'Kim',
        authorHandle: 'kim',
        createdAt: 1,
      },
    ],
    [
      'comment, created, date and link aliases',
      { comment: 'Open on Sunday?', created: '2026-11-01', link: 'https://x.example/1' },
      { text: 'Open on Sunday?', createdAt: '2026-11-01', url: 'https://x.example/1' },
    ],
    ['date alias', { date: '2026-11-02' }, { createdAt: '2026-11-02' }],
    [
      'any case, spaces and dashes in keys',
      { 'External ID': 'g_1', TEXT: 'Kind staff', 'author-name': 'Jo', CreatedAt: '2026-11-03' },
      { externalId: 'g_1', text: 'Kind staff', authorName: 'Jo', createdAt: '2026-11-03' },
    ],
    [
      'canonical name wins over an alias',
      { id: 'alias', externalId: 'canonical', message: 'alias text', text: 'canonical text' },
      { externalId: 'canonical', text: 'canonical text' },
    ],
    [
      'a blank canonical value falls back to the alias',
      { external_id: '  ', id: 'fb_2', text: null, body: 'From body' },
      { externalId: 'fb_2', text: 'From body' },
    ],
    [
      'unknown keys dropped, values untouched',
      { likes: 3, text: { nested: true }, sentiment: 'neg', channel: 42 },
      { text: { nested: true }, channel: 42 },
    ],
    ['empty record', {}, {}],
  ])('maps %s', (_case, record, expected) => {
    expect(toRawCommentInput(record)).toEqual(expected);
  });
});
