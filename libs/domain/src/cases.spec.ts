import {
  CASE_STATUSES,
  casePriority,
  type CaseStatus,
  checkCaseTransition,
  formatCaseNumber,
  parseCaseNumber,
  suggestCase,
} from './cases';

describe('checkCaseTransition', () => {
  const allowed: [CaseStatus, CaseStatus][] = [
    ['open', 'in_progress'],
    ['in_progress', 'resolved'],
    ['resolved', 'reopened'],
    ['reopened', 'in_progress'],
    ['reopened', 'resolved'],
  ];
  const every = CASE_STATUSES.flatMap((from) =>
    CASE_STATUSES.map((to) => [from, to] as [CaseStatus, CaseStatus]),
  );

  it.each(allowed)('lets a %s case become %s (with a note)', (from, to) => {
    expect(checkCaseTransition(from, to, 'Called the patient back')).toEqual({ ok: true });
  });

  it.each(every.filter(([from, to]) => !allowed.some(([a, b]) => a === from && b === to)))(
    'refuses %s -> %s with a reason',
    (from, to) => {
      const result = checkCaseTransition(from, to, 'A note');
      expect(result.ok).toBe(false);
      expect(result).toHaveProperty('reason', expect.stringMatching(/case/));
    },
  );

  it('names the statuses a case can go to', () => {
    expect(checkCaseTransition('open', 'resolved', 'Done')).toEqual({
      ok: false,
      reason: 'A case that is open cannot become resolved; it can become in progress.',
    });
    expect(checkCaseTransition('resolved', 'resolved', 'Done')).toEqual({
      ok: false,
      reason: 'The case is already resolved.',
    });
  });

  it.each([undefined, null, '', '   \n'])('needs a resolution note to resolve (%j)', (note) => {
    expect(checkCaseTransition('in_progress', 'resolved', note)).toEqual({
      ok: false,
      reason: 'Write a resolution note that says how the case was resolved.',
    });
  });

  it('needs no note for the other transitions', () => {
    expect(checkCaseTransition('open', 'in_progress')).toEqual({ ok: true });
    expect(checkCaseTransition('resolved', 'reopened', null)).toEqual({ ok: true });
  });
});

describe('casePriority', () => {
  it.each([
    [['low', 'high', null], 'high'],
    [['normal', 'critical', 'high'], 'critical'],
    [['low'], 'low'],
    [[null, undefined], 'normal'],
    [[], 'normal'],
  ] as const)('%j -> %s', (urgencies, priority) => {
    expect(casePriority(urgencies)).toBe(priority);
  });
});

describe('suggestCase', () => {
  it.each([
    [['emergency'], false, 'emergency_safety', 'risk_compliance'],
    [['complaint', 'self_harm'], false, 'emergency_safety', 'risk_compliance'],
    [['medical_advice_request', 'complaint'], false, 'nurse_line_question', 'nursing'],
    [['complaint'], false, 'patient_complaint', 'patient_relations'],
    [['complaint'], true, 'patient_complaint', 'patient_relations'],
    [['praise'], true, 'privacy_incident', 'risk_compliance'],
    [['misinformation'], false, 'media_legal', 'communications'],
    [['spam'], false, 'other', 'communications'],
    [[], false, 'other', 'communications'],
  ] as const)('%j (PHI: %s) -> %s for %s', (intents, hasPhi, category, team) => {
    expect(suggestCase({ intents, hasPhi })).toEqual({ category, team });
  });
});

describe('case numbers', () => {
  it('formats a number as C-1001', () => {
    expect(formatCaseNumber(1001)).toBe('C-1001');
  });

  it.each([
    ['C-1001', 1001],
    [' c1001 ', 1001],
    ['c - 42', 42],
    ['#1002', 1002],
    ['1003', 1003],
    ['C-', null],
    ['case 1001', null],
    ['10.5', null],
    ['', null],
  ])('reads %j as %j', (text, number) => {
    expect(parseCaseNumber(text)).toBe(number);
  });
});
