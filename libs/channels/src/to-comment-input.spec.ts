import { validateCommentInput } from '@bedside/domain';

import { buildComment } from './shared/build-comment';
import { testNow } from './testing/local-platform-server';
import { toCommentInput } from './to-comment-input';

describe('toCommentInput', () => {
  const comment = buildComment({
    channel: 'facebook',
    accountRef: '104829301234567',
    externalId: '998877665544332_1122334455669999',
    threadRootId: '104829301234567_998877665544332',
    parentExternalId: '998877665544332_1122334455667788',
    author: { externalId: '5566778899001122', displayName: 'Sam Rivera', handle: 'samr' },
    text: 'Agreed, they were wonderful.',
    createdAt: '2026-01-01T16:11:40.000Z',
    permalink: 'https://facebook.example/c/9999',
    visibility: 'visible',
    isOwnAccount: false,
    raw: {},
  });

  it('maps the canonical fields to the domain shape', () => {
    expect(toCommentInput(comment)).toEqual({
      channel: 'facebook',
      externalId: '998877665544332_1122334455669999',
      parentExternalId: '998877665544332_1122334455667788',
      postExternalId: '104829301234567_998877665544332',
      authorName: 'Sam Rivera',
      authorHandle: 'samr',
      text: 'Agreed, they were wonderful.',
      url: 'https://facebook.example/c/9999',
      createdAt: new Date('2026-01-01T16:11:40.000Z'),
      rating: null,
    });
  });

  it('produces input the domain validator accepts', () => {
    expect(validateCommentInput({ ...toCommentInput(comment) }, testNow())).toMatchObject({
      ok: true,
    });
  });

  it('carries a Google star rating and nulls absent fields', () => {
    const review = buildComment({
      ...comment,
      channel: 'google_review',
      parentExternalId: undefined,
      author: { isAnonymous: true },
      permalink: undefined,
      rating: 2,
    });
    expect(toCommentInput(review)).toMatchObject({
      channel: 'google_review',
      parentExternalId: null,
      authorName: null,
      authorHandle: null,
      url: null,
      rating: 2,
    });
  });
});
