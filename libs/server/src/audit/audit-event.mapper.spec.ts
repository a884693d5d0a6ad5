import { detailsAsText } from './audit-event.mapper';

describe('detailsAsText', () => {
  it('shows every value as text, sorted by key', () => {
    expect(
      detailsAsText({
        to: 'closed',
        from: 'new',
        revision: 3,
        intents: ['complaint', 'praise'],
        filter: { actions: ['comment.'] },
        corrected: true,
        reason: null,
        skipped: undefined,
      }),
    ).toEqual([
      { key: 'corrected', value: 'true' },
      { key: 'filter', value: '{"actions":["comment."]}' },
      { key: 'from', value: 'new' },
      { key: 'intents', value: 'complaint, praise' },
      { key: 'reason', value: 'null' },
      { key: 'revision', value: '3' },
      { key: 'to', value: 'closed' },
    ]);
  });

  it('has nothing to show for an event without details', () => {
    expect(detailsAsText(null)).toEqual([]);
  });
});
