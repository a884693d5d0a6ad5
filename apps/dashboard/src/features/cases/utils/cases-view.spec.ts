import {
  DEFAULT_CASES_VIEW,
  hasCaseFilters,
  parseCasesView,
  serializeCasesView,
  toCaseFilter,
  toCaseOrder,
} from './cases-view';

describe('cases view in the URL', () => {
  it('reads the defaults from an empty query string and writes none back', () => {
    const view = parseCasesView(new URLSearchParams(''));
    expect(view).toEqual(DEFAULT_CASES_VIEW);
    expect(serializeCasesView(view).toString()).toBe('');
    expect(hasCaseFilters(view)).toBe(false);
  });

  it('round-trips every field and drops unknown values', () => {
    const params = new URLSearchParams(
      'status=resolved&team=nursing,bogus,nursing,risk_compliance&category=privacy_incident&mine=1&breached=1&q=+C-1001+&order=newest',
    );
    const view = parseCasesView(params);
    expect(view).toEqual({
      status: 'resolved',
      teams: ['nursing', 'risk_compliance'],
      categories: ['privacy_incident'],
      mine: true,
      breached: true,
      search: 'C-1001',
      order: 'newest',
    });
    expect(parseCasesView(serializeCasesView(view))).toEqual(view);
    expect(hasCaseFilters(view)).toBe(true);
  });

  it('falls back to the defaults for unknown status and order', () => {
    const view = parseCasesView(new URLSearchParams('status=done&order=random&mine=yes'));
    expect(view).toMatchObject({ status: 'active', order: 'due', mine: false });
  });
});

describe('toCaseFilter', () => {
  it('asks for the active statuses by default', () => {
    expect(toCaseFilter(DEFAULT_CASES_VIEW, 'user-1')).toEqual({
      status: ['OPEN', 'IN_PROGRESS', 'REOPENED'],
      team: null,
      category: null,
      assigneeId: null,
      breached: null,
      search: null,
    });
    expect(toCaseOrder(DEFAULT_CASES_VIEW)).toBe('DUE_SOONEST');
  });

  it('turns "mine" into the viewer and leaves the status out for "all"', () => {
    const filter = toCaseFilter(
      { ...DEFAULT_CASES_VIEW, status: 'all', mine: true, breached: true, teams: ['nursing'] },
      'user-7',
    );
    expect(filter).toMatchObject({
      status: null,
      team: ['NURSING'],
      assigneeId: 'user-7',
      breached: true,
    });
  });
});
