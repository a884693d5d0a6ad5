import {
  actionChoices,
  auditExportHref,
  auditViewToSearch,
  EMPTY_AUDIT_VIEW,
  hasAuditFilters,
  parseAuditView,
  toAuditEventFilter,
} from './audit-view';

const localMidnight = (year: number, month: number, day: number) =>
  new Date(year, month - 1, day).toISOString();

describe('audit view', () => {
  it('reads the URL, ignoring blanks and malformed days', () => {
    expect(
      parseAuditView(
        new URLSearchParams('action=comment.&actor=u1&target=%20&from=2026-11-01&to=tomorrow'),
      ),
    ).toEqual({ ...EMPTY_AUDIT_VIEW, action: 'comment.', actorId: 'u1', from: '2026-11-01' });
  });

  it('writes only what is set, and reads it back the same', () => {
    const view = {
      ...EMPTY_AUDIT_VIEW,
      action: 'user.created',
      targetType: 'user',
      targetId: 'u9',
      to: '2026-11-23',
    };
    const search = auditViewToSearch(view);
    expect(search.toString()).toBe('action=user.created&targetType=user&target=u9&to=2026-11-23');
    expect(parseAuditView(search)).toEqual(view);
    expect(auditViewToSearch(EMPTY_AUDIT_VIEW).toString()).toBe('');
  });

  it.each([
    [EMPTY_AUDIT_VIEW, false],
    [{ ...EMPTY_AUDIT_VIEW, from: '2026-11-01' }, true],
  ])('knows whether %j filters anything', (view, expected) => {
    expect(hasAuditFilters(view)).toBe(expected);
  });

  it('turns local days into instants, the last day included to its end', () => {
    expect(
      toAuditEventFilter({
        ...EMPTY_AUDIT_VIEW,
        action: 'comment.',
        actorId: 'u1',
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).toEqual({
      actions: ['comment.'],
      actorId: 'u1',
      from: localMidnight(2026, 11, 1),
      to: localMidnight(2026, 12, 1),
    });
    expect(toAuditEventFilter(EMPTY_AUDIT_VIEW)).toEqual({});
  });

  it('links the CSV export to the same filter', () => {
    expect(auditExportHref(EMPTY_AUDIT_VIEW)).toBe('/api/audit-events.csv');
    const href = auditExportHref({
      ...EMPTY_AUDIT_VIEW,
      action: 'comment.',
      targetType: 'comment',
      from: '2026-11-01',
    });
    const url = new URL(href, 'http://bedside.test');
    expect(url.pathname).toBe('/api/audit-events.csv');
    expect([...url.searchParams]).toEqual([
      ['actions', 'comment.'],
      ['targetType', 'comment'],
      ['from', localMidnight(2026, 11, 1)],
    ]);
  });

  it('offers every area with several actions, then every action', () => {
    expect(
      actionChoices([
        'user.created',
        'comment.status_changed',
        'auth.signed_in',
        'comment.phi_viewed',
      ]),
    ).toEqual([
      { group: 'Every action of', items: [{ value: 'comment.', label: 'comment.*' }] },
      {
        group: 'Actions',
        items: [
          { value: 'auth.signed_in', label: 'auth.signed_in' },
          { value: 'comment.phi_viewed', label: 'comment.phi_viewed' },
          { value: 'comment.status_changed', label: 'comment.status_changed' },
          { value: 'user.created', label: 'user.created' },
        ],
      },
    ]);
    expect(actionChoices([])).toEqual([{ group: 'Actions', items: [] }]);
  });
});
