import { ChannelError } from '../channel-error';
import { type CanonicalComment } from '../connector.types';
import { buildComment } from './build-comment';
import {
  findOwnReply,
  MAX_REPLY_SEARCH_PAGES,
  replySearchStart,
  sameReplyText,
  searchReplyPages,
} from './reply-match';

function comment(overrides: Partial<CanonicalComment>): CanonicalComment {
  return buildComment({
    channel: 'facebook',
    accountRef: 'page-1',
    externalId: 'c1',
    threadRootId: 'post-1',
    author: {},
    text: 'Visiting hours are 8 am to 8 pm.',
    createdAt: '2026-01-01T17:00:05.000Z',
    visibility: 'visible',
    isOwnAccount: true,
    raw: {},
    ...overrides,
  });
}

describe('sameReplyText', () => {
  it.each([
    ['surrounding and repeated whitespace', ' Thank you,\n  4 West! ', 'Thank you, 4 West!'],
    ['Unicode normal forms', 'Cafe\u0301 hours', 'Café hours'],
  ])('ignores %s', (_case, a, b) => {
    expect(sameReplyText(a, b)).toBe(true);
  });

  it.each([
    ['other words', 'Thank you, 4 West!', 'Thank you, 5 West!'],
    ['letter case', 'thank you', 'Thank you'],
    ['punctuation', 'Thank you.', 'Thank you!'],
  ])('tells apart %s', (_case, a, b) => {
    expect(sameReplyText(a, b)).toBe(false);
  });
});

describe('replySearchStart', () => {
  it('allows a minute of clock skew and normalises the timestamp', () => {
    expect(replySearchStart('2026-01-01T12:00:00-05:00', 'x')).toBe('2026-01-01T16:59:00.000Z');
  });

  it('refuses a since that is not a timestamp', () => {
    expect(() => replySearchStart('yesterday', 'x')).toThrow(ChannelError);
  });
});

describe('findOwnReply', () => {
  const request = {
    text: 'Visiting hours are 8 am to 8 pm.',
    postedFrom: '2026-01-01T16:59:00.000Z',
  };

  it('returns our reply with the same text as a PostedReply', () => {
    const found = findOwnReply(
      [
        comment({ externalId: 'theirs', isOwnAccount: false }),
        comment({ externalId: 'ours', permalink: 'https://example.org/ours' }),
      ],
      request,
    );
    expect(found).toEqual({
      externalId: 'ours',
      permalink: 'https://example.org/ours',
      postedAt: '2026-01-01T17:00:05.000Z',
    });
  });

  it('ignores someone else’s reply, another text and a reply from before the attempt', () => {
    expect(
      findOwnReply(
        [
          comment({ isOwnAccount: false }),
          comment({ text: 'Visiting hours are 9 am to 8 pm.' }),
          comment({ createdAt: '2026-01-01T16:00:00.000Z' }),
        ],
        request,
      ),
    ).toBeUndefined();
  });

  it('uses the platform’s own comparison when given', () => {
    expect(
      findOwnReply([comment({ text: 'VISITING HOURS ARE 8 AM TO 8 PM.' })], {
        ...request,
        sameText: (posted, text) => posted.toLowerCase() === text.toLowerCase(),
      }),
    ).toMatchObject({ externalId: 'c1' });
  });
});

describe('searchReplyPages', () => {
  it('reads pages until one holds the reply', async () => {
    const tokens: Array<string | undefined> = [];
    const found = await searchReplyPages('test', (token) => {
      tokens.push(token);
      return Promise.resolve(token === 'p3' ? { found: 'reply' } : { next: token ? 'p3' : 'p2' });
    });
    expect(found).toBe('reply');
    expect(tokens).toEqual([undefined, 'p2', 'p3']);
  });

  it('returns null once there are no more pages', async () => {
    await expect(searchReplyPages('test', () => Promise.resolve({}))).resolves.toBeNull();
  });

  it('gives up with an error, never null, when paging does not end', async () => {
    let reads = 0;
    const error = await searchReplyPages('test', () => {
      reads += 1;
      return Promise.resolve({ next: 'again' });
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'invalid' });
    expect(reads).toBe(MAX_REPLY_SEARCH_PAGES);
  });
});
