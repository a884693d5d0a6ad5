import { type Intent } from '@bedside/domain';

import { alertKindOf } from './alerts.service';

const withIntents = (...labels: Intent[]) => ({
  intents: labels.map((label) => ({ label, confidence: 0.9 })),
});

describe('alertKindOf', () => {
  it.each([
    [withIntents('emergency'), 'emergency'],
    [withIntents('self_harm'), 'self_harm'],
    [withIntents('self_harm', 'emergency'), 'emergency'],
    [withIntents('complaint', 'self_harm'), 'self_harm'],
    [withIntents('medical_advice_request', 'complaint'), null],
    [withIntents(), null],
    [{ intents: null }, null],
  ])('%j raises %s', (comment, kind) => {
    expect(alertKindOf(comment)).toBe(kind);
  });
});
