import { normalizeChannelKind, parseTimestamp, validateCommentInput } from './comment-input';

const receivedAt = new Date('2026-11-23T12:00:00.000Z');
const valid = {
  channel: 'facebook',
  externalId: 'fb_1',
  text: 'Thank you to the night nurses on 4 West!',
  createdAt: '2026-11-20T08:15:00Z',
};

describe('validateCommentInput', () => {
  it('accepts a complete comment and normalises it', () => {
    const result = validateCommentInput(
      { ...valid, channel: 'Google-Review', authorName: '  Ana  ', url: '' },
      receivedAt,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        channel: 'google_review',
        externalId: 'fb_1',
        parentExternalId: null,
        postExternalId: null,
        authorName: 'Ana',
        authorHandle: null,
        text: valid.text,
        url: null,
        createdAt: new Date('2026-11-20T08:15:00Z'),
        rating: null,
      },
    });
  });

  it('uses the receive time when the source gave no creation time', () => {
    const result = validateCommentInput({ ...valid, createdAt: undefined }, receivedAt);
    expect(result.ok && result.value.createdAt).toEqual(receivedAt);
  });

  it.each([
    [{ ...valid, text: undefined }, 'text is required'],
    [{ ...valid, text: '   ' }, 'text is empty'],
    [{ ...valid, text: 42 }, 'text must be a string'],
    [{ ...valid, text: 'a'.repeat(20_001) }, 'text is longer than 20,000 characters'],
    [{ ...valid, channel: 'myspace' }, 'unknown channel "myspace"'],
    [{ ...valid, channel: undefined }, 'channel is required'],
    [{ ...valid, externalId: '' }, 'externalId is required'],
    [{ ...valid, createdAt: 'yesterday' }, 'createdAt "yesterday" is not a valid date'],
    [{ ...valid, createdAt: '2026-02-30T10:00:00Z' }, 'is not a valid date'],
    [{ ...valid, authorName: { first: 'A' } }, 'authorName must be a string'],
    [{ ...valid, rating: 6 }, 'rating must be a whole number from 1 to 5'],
    [{ ...valid, rating: '4.5' }, 'rating must be a whole number from 1 to 5'],
  ])('rejects %j with a message naming the field', (raw, message) => {
    const result = validateCommentInput(raw, receivedAt);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('reads a star rating given as a number or a string', () => {
    const fromString = validateCommentInput({ ...valid, rating: ' 4 ' }, receivedAt);
    const fromNumber = validateCommentInput({ ...valid, rating: 2 }, receivedAt);
    expect(fromString.ok && fromString.value.rating).toBe(4);
    expect(fromNumber.ok && fromNumber.value.rating).toBe(2);
  });

  it('accepts exactly 20,000 characters, counting an emoji as one', () => {
    const text = '👍'.repeat(20_000);
    expect(validateCommentInput({ ...valid, text }, receivedAt).ok).toBe(true);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2026-11-02T14:05:00Z', '2026-11-02T14:05:00.000Z'],
    ['2026-11-02T14:05:00.123456+02:00', '2026-11-02T12:05:00.123Z'],
    ['2026-11-02 14:05', '2026-11-02T14:05:00.000Z'],
    ['2026-11-02', '2026-11-02T00:00:00.000Z'],
    ['2026-11-02T14:05:00-0500', '2026-11-02T19:05:00.000Z'],
  ])('parses %s', (input, iso) => {
    expect(parseTimestamp(input)?.toISOString()).toBe(iso);
  });

  it.each(['', 'now', '02/11/2026', '2026-13-01', null, {}, Number.NaN])('refuses %p', (input) => {
    expect(parseTimestamp(input)).toBeNull();
  });
});

describe('normalizeChannelKind', () => {
  it.each([
    ['twitter', 'x'],
    ['YouTube', 'youtube'],
    ['google reviews', 'google_review'],
    ['fax', null],
    [7, null],
  ])('%p → %p', (input, kind) => {
    expect(normalizeChannelKind(input)).toBe(kind);
  });
});
