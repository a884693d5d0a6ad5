import {
  clearFilters,
  DEFAULT_INBOX_VIEW,
  hasActiveFilters,
  type InboxView,
  parseInboxView,
  serializeInboxView,
} from './inbox-view';

const FULL_VIEW: InboxView = {
  tab: 'escalated',
  channels: ['google_review', 'facebook'],
  sentiment: 'negative',
  intent: 'complaint',
  urgency: 'high',
  from: '2026-11-01',
  to: '2026-11-20',
  search: 'parking garage',
  order: 'most_urgent',
  mine: true,
};

describe('inbox view in the URL', () => {
  it('round-trips every field through the query string', () => {
    const query = serializeInboxView(FULL_VIEW).toString();

    expect(query).toBe(
      'status=escalated&channel=google_review%2Cfacebook&sentiment=negative&intent=complaint&urgency=high&from=2026-11-01&to=2026-11-20&q=parking+garage&order=most_urgent&assignee=me',
    );
    expect(parseInboxView(new URLSearchParams(query))).toEqual(FULL_VIEW);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeInboxView(DEFAULT_INBOX_VIEW).toString()).toBe('');
    expect(parseInboxView(new URLSearchParams(''))).toEqual(DEFAULT_INBOX_VIEW);
  });

  it.each([
    ['status=archived', { tab: 'new' }],
    ['channel=facebook,myspace,facebook', { channels: ['facebook'] }],
    ['sentiment=angry', { sentiment: null }],
    ['intent=COMPLAINT', { intent: null }],
    ['from=yesterday&to=2026-13-45', { from: null, to: null }],
    ['order=random', { order: 'newest' }],
    ['assignee=user-7', { mine: false }],
  ])('ignores what it does not know in %s', (query, expected) => {
    expect(parseInboxView(new URLSearchParams(query))).toEqual({
      ...DEFAULT_INBOX_VIEW,
      ...expected,
    });
  });

  it('clears filters but keeps the tab and the order', () => {
    expect(hasActiveFilters(FULL_VIEW)).toBe(true);
    const cleared = clearFilters(FULL_VIEW);

    expect(cleared).toEqual({ ...DEFAULT_INBOX_VIEW, tab: 'escalated', order: 'most_urgent' });
    expect(hasActiveFilters(cleared)).toBe(false);
  });
});
