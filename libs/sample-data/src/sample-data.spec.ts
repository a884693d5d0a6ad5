import {
  CHANNEL_KINDS,
  INTENTS,
  MAX_COMMENT_TEXT_LENGTH,
  MAX_SHORT_FIELD_LENGTH,
  validateCommentInput,
} from '@bedside/domain';

import {
  buildSampleComments,
  buildSamplePosts,
  SAMPLE_CHANNELS,
  SAMPLE_COMMENTS,
  SAMPLE_POSTS,
  type SampleComment,
} from './index';
import { LABELLED_SAMPLE_COMMENTS } from './labelled-comments';

const SAMPLE_KINDS = CHANNEL_KINDS.filter((kind) => kind !== 'import');
const now = new Date('2026-11-23T14:00:00.000Z');
const MINUTE_MS = 60_000;

const commentsByKey = new Map(SAMPLE_COMMENTS.map((c) => [`${c.channel}|${c.externalId}`, c]));
const postsByKey = new Map(SAMPLE_POSTS.map((p) => [`${p.channel}|${p.externalId}`, p]));

function countOf(channel: string): number {
  return SAMPLE_COMMENTS.filter((comment) => comment.channel === channel).length;
}

function threadDepth(comment: SampleComment): number {
  let depth = 1;
  let current = comment;
  while (current.parentExternalId !== null) {
    const parent = commentsByKey.get(`${current.channel}|${current.parentExternalId}`);
    if (!parent) {
      break;
    }
    current = parent;
    depth += 1;
  }
  return depth;
}

describe('sample channels and posts', () => {
  it('has exactly one channel per platform kind', () => {
    expect(SAMPLE_CHANNELS.map((channel) => channel.kind).sort()).toEqual([...SAMPLE_KINDS].sort());
  });

  it('labels every channel as sample data', () => {
    expect(SAMPLE_CHANNELS.filter((channel) => !/\(sample\)/.test(channel.displayName))).toEqual(
      [],
    );
  });

  it('has about 25 posts, each with an id unique on its channel', () => {
    expect(SAMPLE_POSTS.length).toBeGreaterThanOrEqual(20);
    expect(postsByKey.size).toBe(SAMPLE_POSTS.length);
  });

  it('publishes every post within the last month and a bit', () => {
    const published = buildSamplePosts(now).map((post) => Date.parse(post.publishedAt));
    expect(Math.max(...published)).toBeLessThan(now.getTime());
    expect(Math.min(...published)).toBeGreaterThan(now.getTime() - 31 * 24 * 60 * MINUTE_MS);
  });
});

describe('sample comments', () => {
  it('has at least 320 comments', () => {
    expect(SAMPLE_COMMENTS.length).toBeGreaterThanOrEqual(320);
  });

  it.each(SAMPLE_KINDS)('has comments on %s', (kind) => {
    expect(countOf(kind)).toBeGreaterThan(15);
  });

  it('has the most comments on Facebook, then X, Instagram, Google reviews, YouTube, blog', () => {
    const counts = ['facebook', 'x', 'instagram', 'google_review', 'youtube', 'blog'].map(countOf);
    expect(counts).toEqual([...counts].sort((left, right) => right - left));
  });

  it('uses each external id once per channel', () => {
    expect(commentsByKey.size).toBe(SAMPLE_COMMENTS.length);
  });

  it('answers only earlier comments on the same channel', () => {
    const replies = SAMPLE_COMMENTS.filter((comment) => comment.parentExternalId !== null);
    const orphans = replies.filter((reply) => {
      const parent = commentsByKey.get(`${reply.channel}|${reply.parentExternalId}`);
      return (
        !parent ||
        parent.minutesAgo <= reply.minutesAgo ||
        parent.postExternalId !== reply.postExternalId ||
        SAMPLE_COMMENTS.indexOf(parent) > SAMPLE_COMMENTS.indexOf(reply)
      );
    });
    expect(replies.length).toBeGreaterThanOrEqual(10);
    expect(orphans).toEqual([]);
  });

  it('has a back-and-forth at least four comments deep', () => {
    expect(Math.max(...SAMPLE_COMMENTS.map(threadDepth))).toBeGreaterThanOrEqual(4);
  });

  it('sits comments on earlier posts of the same channel', () => {
    const misplaced = SAMPLE_COMMENTS.filter((comment) => {
      if (comment.postExternalId === null) {
        return false;
      }
      const post = postsByKey.get(`${comment.channel}|${comment.postExternalId}`);
      return !post || post.minutesAgo <= comment.minutesAgo;
    });
    expect(misplaced).toEqual([]);
  });

  it('puts most comments on a post and no Google review on one', () => {
    const onPosts = SAMPLE_COMMENTS.filter((comment) => comment.postExternalId !== null);
    expect(onPosts.length / SAMPLE_COMMENTS.length).toBeGreaterThan(0.6);
    expect(onPosts.filter((comment) => comment.channel === 'google_review')).toEqual([]);
    expect(
      SAMPLE_COMMENTS.filter((c) => c.channel === 'blog' && c.postExternalId === null),
    ).toEqual([]);
  });

  it('rates every Google review 1 to 5 stars and nothing else', () => {
    const wrong = SAMPLE_COMMENTS.filter((comment) =>
      comment.channel === 'google_review'
        ? ![1, 2, 3, 4, 5].some((stars) => stars === comment.rating)
        : comment.rating !== null,
    );
    expect(wrong).toEqual([]);
    const ratings = new Set(SAMPLE_COMMENTS.map((comment) => comment.rating));
    expect([1, 2, 3, 4, 5].filter((stars) => !ratings.has(stars))).toEqual([]);
  });

  it('gives handles on X, Instagram and YouTube, and only names elsewhere', () => {
    const wrong = SAMPLE_COMMENTS.filter((comment) => {
      switch (comment.channel) {
        case 'x':
        case 'instagram':
        case 'youtube':
          return !comment.authorHandle || comment.authorHandle.startsWith('@');
        default:
          return comment.authorHandle !== null || !comment.authorName;
      }
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['facebook', /^\d{15,16}_\d{16}$/],
    ['x', /^\d{19}$/],
    ['instagram', /^18\d{15}$/],
    ['youtube', /^Ug[wxyz][\w-]{19}4AaABAg(\.A[\w-]{21})?$/],
    ['google_review', /^ChZDSUhNMG9nS0VJQ0FnSUR[A-Za-z0-9]{14}RAB$/],
    ['blog', /^\d{5}$/],
  ])('spells %s comment ids like the platform does', (channel, pattern) => {
    const ids = SAMPLE_COMMENTS.filter((c) => c.channel === channel).map((c) => c.externalId);
    expect(ids.filter((id) => !pattern.test(id))).toEqual([]);
  });

  it('keeps every comment within the last 30 days, the newest within the hour', () => {
    const minutes = SAMPLE_COMMENTS.map((comment) => comment.minutesAgo);
    expect(minutes.filter((m) => !Number.isInteger(m) || m < 2 || m > 43_000)).toEqual([]);
    expect(minutes.filter((m) => m < 60).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps text and short fields within the ingestion limits', () => {
    const tooLong = SAMPLE_COMMENTS.filter(
      (comment) =>
        [...comment.text].length > MAX_COMMENT_TEXT_LENGTH ||
        comment.text.trim() !== comment.text ||
        [comment.externalId, comment.authorName, comment.authorHandle, comment.url].some(
          (field) => field !== null && field.length > MAX_SHORT_FIELD_LENGTH,
        ),
    );
    expect(tooLong).toEqual([]);
  });

  it('ranges from a single emoji to a two-paragraph review', () => {
    const lengths = SAMPLE_COMMENTS.map((comment) => [...comment.text].length);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(2);
    expect(Math.max(...lengths)).toBeGreaterThan(600);
    expect(SAMPLE_COMMENTS.some((comment) => comment.text.includes('\n\n'))).toBe(true);
  });
});

describe('what the sample exercises', () => {
  it.each(INTENTS)('has comments written as %s', (intent) => {
    const matching = LABELLED_SAMPLE_COMMENTS.filter((c) => c.intents.includes(intent));
    expect(matching.length).toBeGreaterThanOrEqual(intent === 'spam' ? 10 : 2);
  });

  it('has chit-chat that carries no intent', () => {
    const chat = LABELLED_SAMPLE_COMMENTS.filter((comment) => comment.intents.length === 0);
    expect(chat.length).toBeGreaterThanOrEqual(20);
  });

  it('writes some comments in Spanish', () => {
    const spanish = SAMPLE_COMMENTS.filter((c) => /[¿ñ]|gracias|\bmi\b/i.test(c.text));
    expect(spanish.length).toBeGreaterThanOrEqual(5);
  });

  it('uses only fictional phone numbers and example.com e-mail addresses', () => {
    const texts = SAMPLE_COMMENTS.map((comment) => comment.text).join('\n');
    const phones = texts.match(/\b555-\d{4}\b/g) ?? [];
    const emails = texts.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
    expect(phones.length).toBeGreaterThanOrEqual(5);
    expect(phones.filter((phone) => !/^555-01\d\d$/.test(phone))).toEqual([]);
    expect(emails.length).toBeGreaterThanOrEqual(3);
    expect(emails.filter((email) => !email.endsWith('@example.com'))).toEqual([]);
  });

  it('links only to the platforms and to reserved .example domains', () => {
    const texts = SAMPLE_COMMENTS.map((comment) => comment.text).join('\n');
    const domains = texts.match(/\b[a-z0-9-]+\.(com|org|net|io|xyz|ly|co)\b/gi) ?? [];
    expect(domains.filter((domain) => !/^(example\.com|youtube\.com)$/i.test(domain))).toEqual([]);
  });
});

describe('buildSampleComments', () => {
  const inputs = buildSampleComments(now);

  it('yields one valid ingestion input per sample comment', () => {
    const results = inputs.map((input) => validateCommentInput(input, now));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(inputs).toHaveLength(SAMPLE_COMMENTS.length);
  });

  it('times comments back from now, the newest within the hour and none in the future', () => {
    const times = inputs.map((input) => Date.parse(String(input.createdAt)));
    expect(Math.max(...times)).toBeGreaterThan(now.getTime() - 60 * MINUTE_MS);
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 30 * 24 * 60 * MINUTE_MS);
  });

  it('keeps post and parent ids, oldest first', () => {
    const reply = inputs.find((input) => input.parentExternalId !== null);
    const times = inputs.map((input) => Date.parse(String(input.createdAt)));
    expect(reply?.postExternalId).toEqual(expect.any(String));
    expect(times).toEqual([...times].sort((left, right) => left - right));
  });

  it('gives the same ids and times for the same now', () => {
    expect(buildSampleComments(new Date(now))).toEqual(inputs);
  });
});
