import { describeCommentSla, describeSla, formatDuration } from './sla-display';

const NOW = Date.parse('2026-11-23T12:00:00.000Z');
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [-45_000, '45 s'],
    [4 * 60_000 + 5_000, '4 min 05 s'],
    [12 * 60_000 + 59_000, '12 min'],
    [60 * 60_000, '1 h'],
    [65 * 60_000, '1 h 5 min'],
    [24 * 60 * 60_000, '1 d'],
    [51 * 60 * 60_000, '2 d 3 h'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('describeSla', () => {
  it.each([
    [at(20), null, 'on_track', 'Due in 20 min'],
    [at(12), null, 'due_soon', 'Due in 12 min'],
    [at(3), null, 'due_soon', 'Due in 3 min 00 s'],
    [at(-5), null, 'breached', 'Breached 5 min 00 s ago'],
    [at(-90), null, 'breached', 'Breached 1 h 30 min ago'],
    [at(10), at(-20), 'met', 'Met'],
    [at(-30), at(-10), 'breached', 'Missed by 20 min'],
    [null, null, 'none', 'No deadline'],
  ])('due %s, done %s: %s, "%s"', (dueAt, doneAt, state, label) => {
    expect(describeSla({ now: NOW, dueAt, doneAt })).toEqual({ state, label });
  });
});

describe('describeCommentSla', () => {
  it('gives the response time once someone replied', () => {
    expect(
      describeCommentSla({
        now: NOW,
        dueAt: at(30),
        stoppedAt: at(-20),
        firstResponseSeconds: 450,
      }),
    ).toEqual({ state: 'met', label: 'Responded in 7 min 30 s' });
    expect(
      describeCommentSla({
        now: NOW,
        dueAt: at(-30),
        stoppedAt: at(-10),
        firstResponseSeconds: 5400,
      }),
    ).toEqual({ state: 'breached', label: 'Responded in 1 h 30 min' });
  });

  it('says whether a comment closed without a reply was handled in time', () => {
    expect(
      describeCommentSla({
        now: NOW,
        dueAt: at(30),
        stoppedAt: at(-1),
        firstResponseSeconds: null,
      }),
    ).toEqual({ state: 'met', label: 'Closed in time' });
    expect(
      describeCommentSla({
        now: NOW,
        dueAt: at(-30),
        stoppedAt: at(-1),
        firstResponseSeconds: null,
      }),
    ).toEqual({ state: 'breached', label: 'Closed late' });
  });

  it('counts down while nobody has answered', () => {
    expect(
      describeCommentSla({ now: NOW, dueAt: at(40), stoppedAt: null, firstResponseSeconds: null }),
    ).toEqual({ state: 'on_track', label: 'Due in 40 min' });
    expect(
      describeCommentSla({ now: NOW, dueAt: null, stoppedAt: null, firstResponseSeconds: null }),
    ).toEqual({ state: 'none', label: 'No deadline' });
  });
});
