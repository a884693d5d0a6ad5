// Payloads from CHANNELS.md §7 (made-up ids, text written for Bedside).

/** §7.1: a pending comment in the edit context. */
export const DOC_COMMENT = {
  id: 4821,
  post: 1933,
  parent: 0,
  author: 0,
  author_name: 'Jordan',
  author_email: 'jordan@example.com',
  author_url: '',
  author_ip: '203.0.113.7',
  author_user_agent: 'Mozilla/5.0 …',
  date: '2026-01-01T11:30:00',
  date_gmt: '2026-01-01T16:30:00',
  content: {
    raw: 'Does the flu clinic take walk-ins?',
    rendered: '<p>Does the flu clinic take walk-ins?</p>\n',
  },
  link: 'https://blog.citygeneral.org/2026/01/flu-season-tips/#comment-4821',
  status: 'hold',
  type: 'comment',
  author_avatar_urls: {
    '24': 'https://secure.gravatar.com/avatar/…?s=24',
    '48': '…',
    '96': '…',
  },
  meta: [],
};

export function wpComment(id: number, dateGmt: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    post: 1933,
    parent: 0,
    author: 0,
    author_name: `Reader ${id}`,
    date_gmt: dateGmt,
    content: {
      raw: `Comment ${id}: thanks for the flu tips`,
      rendered: `<p>Comment ${id}: thanks for the flu tips</p>\n`,
    },
    link: `https://blog.citygeneral.org/2026/01/flu-season-tips/#comment-${id}`,
    status: 'approved',
    type: 'comment',
    ...extra,
  };
}
