import { escapeFormula, parseAuditExportQuery } from './audit-csv';

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `'=HYPERLINK("http://evil.example")`],
    ['+1 555 0100', `'+1 555 0100`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['Dana Whitfield', 'Dana Whitfield'],
    ['comment.status_changed', 'comment.status_changed'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('turns %j into %j', (cell, expected) => {
    expect(escapeFormula(cell)).toBe(expected);
  });
});

describe('parseAuditExportQuery', () => {
  it('reads repeated and comma-separated actions, ids and times', () => {
    expect(
      parseAuditExportQuery({
        actions: ['comment.', 'user.created,user.updated'],
        actorId: 'u1',
        targetType: 'comment',
        from: '2026-11-01T00:00:00Z',
        to: '2026-11-02',
      }),
    ).toEqual({
      actions: ['user.created', 'user.updated'],
      actionPrefixes: ['comment.'],
      actorId: 'u1',
      targetType: 'comment',
      targetId: null,
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-11-02T00:00:00Z'),
    });
  });

  it('reads an empty query as no filter', () => {
    expect(parseAuditExportQuery({})).toEqual({
      actions: [],
      actionPrefixes: [],
      actorId: null,
      targetType: null,
      targetId: null,
      from: null,
      to: null,
    });
  });

  it.each([
    [{ from: 'yesterday' }, '"from" must be an ISO 8601 time'],
    [{ to: '2026-13-45' }, '"to" must be an ISO 8601 time'],
    [{ actorId: ['a', 'b'] }, 'Give "actorId" once.'],
    [{ actions: 'comment.%' }, 'An action filter is a dotted name'],
    [{ targetId: 'x'.repeat(65) }, 'at most 64 characters'],
  ])('refuses %j', (query, message) => {
    expect(() => parseAuditExportQuery(query)).toThrow(message);
  });
});
