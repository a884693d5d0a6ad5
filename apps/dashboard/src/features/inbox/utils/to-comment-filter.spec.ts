import { DEFAULT_INBOX_VIEW } from './inbox-view';
import {
  endOfLocalDay,
  startOfLocalDay,
  toCommentFilter,
  toCommentOrder,
  toCountsFilter,
} from './to-comment-filter';

describe('toCommentFilter', () => {
  it('turns the view into the GraphQL filter, in GraphQL spellings', () => {
    const view = {
      ...DEFAULT_INBOX_VIEW,
      tab: 'in_progress' as const,
      channels: ['google_review' as const],
      sentiment: 'negative' as const,
      intent: 'medical_advice_request' as const,
      urgency: 'critical' as const,
      from: '2026-11-01',
      to: '2026-11-02',
      search: '  er wait  ',
      order: 'most_urgent' as const,
    };

    expect(toCommentFilter(view)).toEqual({
      status: ['IN_PROGRESS'],
      channel: ['GOOGLE_REVIEW'],
      sentiment: ['NEGATIVE'],
      intent: ['MEDICAL_ADVICE_REQUEST'],
      urgency: ['CRITICAL'],
      createdAfter: startOfLocalDay('2026-11-01'),
      createdBefore: endOfLocalDay('2026-11-02'),
      search: 'er wait',
    });
    expect(toCommentOrder(view)).toBe('MOST_URGENT');
  });

  it('asks for every status on the All tab and leaves the status out of the counts', () => {
    expect(toCommentFilter({ ...DEFAULT_INBOX_VIEW, tab: 'all' })).toEqual({});
    expect(toCountsFilter({ ...DEFAULT_INBOX_VIEW, tab: 'closed', search: 'x' })).toEqual({
      search: 'x',
    });
  });

  it('narrows "Assigned to me" to the viewer, in the list and the counts', () => {
    const view = { ...DEFAULT_INBOX_VIEW, tab: 'all' as const, mine: true };

    expect(toCommentFilter(view, 'user-1')).toEqual({ assigneeId: 'user-1' });
    expect(toCountsFilter({ ...view, tab: 'new' }, 'user-1')).toEqual({ assigneeId: 'user-1' });
    expect(toCommentFilter({ ...view, mine: false }, 'user-1')).toEqual({});
  });

  it('makes the date range cover whole local days, end exclusive', () => {
    const start = new Date(startOfLocalDay('2026-03-08'));
    const end = new Date(endOfLocalDay('2026-03-08'));

    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2026, 2, 8, 0,
    ]);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([
      2026, 2, 9, 0,
    ]);
  });
});
