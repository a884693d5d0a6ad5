import {
  completeSlaMinutes,
  DEFAULT_SLA_MINUTES,
  dueAt,
  elapsedSeconds,
  slaMinutesProblem,
  slaState,
} from './sla';

const at = (time: string) => new Date(`2026-11-23T${time}:00.000Z`);

describe('dueAt', () => {
  it.each([
    [15, at('12:15')],
    [60, at('13:00')],
    [1440, new Date('2026-11-24T12:00:00.000Z')],
    [null, null],
    [undefined, null],
  ])('adds %j minutes to the start', (minutes, expected) => {
    expect(dueAt(at('12:00'), minutes)).toEqual(expected);
  });

  it('gives each urgency its default deadline', () => {
    expect(DEFAULT_SLA_MINUTES).toEqual({ critical: 15, high: 60, normal: 1440, low: null });
  });
});

describe('slaState', () => {
  const window = { dueAt: at('13:00'), startedAt: at('12:00') };

  it.each([
    ['12:00', 'on_track', 60],
    ['12:44', 'on_track', 16],
    ['12:45', 'due_soon', 15],
    ['12:59', 'due_soon', 1],
    ['13:00', 'due_soon', 0],
    ['13:05', 'breached', -5],
  ])('at %s an open item is %s (%i min left)', (now, state, minutesLeft) => {
    expect(slaState({ now: at(now), ...window })).toEqual({
      state,
      remainingMs: minutesLeft * 60_000,
    });
  });

  it('stops the clock when done: in time is met, late stays breached', () => {
    expect(slaState({ now: at('15:00'), ...window, doneAt: at('12:40') })).toEqual({
      state: 'met',
      remainingMs: 20 * 60_000,
    });
    expect(slaState({ now: at('15:00'), ...window, doneAt: at('13:00') })).toEqual({
      state: 'met',
      remainingMs: 0,
    });
    expect(slaState({ now: at('15:00'), ...window, doneAt: at('13:10') })).toEqual({
      state: 'breached',
      remainingMs: -10 * 60_000,
    });
  });

  it('has no state without a deadline', () => {
    expect(slaState({ now: at('12:00'), dueAt: null })).toEqual({
      state: 'none',
      remainingMs: null,
    });
    expect(slaState({ now: at('12:00'), dueAt: null, doneAt: at('11:00') })).toEqual({
      state: 'none',
      remainingMs: null,
    });
  });

  it('calls the last 15 minutes due soon when the start is unknown', () => {
    expect(slaState({ now: at('12:44'), dueAt: at('13:00') }).state).toBe('on_track');
    expect(slaState({ now: at('12:46'), dueAt: at('13:00') }).state).toBe('due_soon');
  });
});

describe('slaMinutesProblem', () => {
  it.each([null, undefined, 1, 15, 43_200])('accepts %j', (minutes) => {
    expect(slaMinutesProblem(minutes)).toBeNull();
  });

  it.each([0, -5, 1.5, 43_201, Number.NaN])('refuses %j', (minutes) => {
    expect(slaMinutesProblem(minutes)).toBe(
      'An SLA is a whole number of minutes from 1 to 43200 (30 days), or none.',
    );
  });
});

describe('elapsedSeconds', () => {
  it('counts whole seconds and needs both instants', () => {
    expect(elapsedSeconds(at('12:00'), new Date('2026-11-23T12:07:30.400Z'))).toBe(450);
    expect(elapsedSeconds(at('12:00'), null)).toBeNull();
    expect(elapsedSeconds(null, at('12:00'))).toBeNull();
  });
});

describe('completeSlaMinutes', () => {
  it('fills the urgencies a stored policy lacks with the defaults and keeps explicit nones', () => {
    expect(completeSlaMinutes({ critical: 10, normal: null })).toEqual({
      critical: 10,
      high: 60,
      normal: null,
      low: null,
    });
  });
});
