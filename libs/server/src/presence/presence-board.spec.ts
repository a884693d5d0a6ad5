import { PresenceBoard } from './presence-board';

const DANA = { userId: 'u1', displayName: 'Dana' };
const SAM = { userId: 'u2', displayName: 'Sam' };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 12, 0, seconds));

describe('PresenceBoard', () => {
  it('lists who is on a comment, drafting first, and says when that changed', () => {
    const board = new PresenceBoard(45_000);
    expect(board.report('c1', DANA, 'viewing', at(0))).toBe(true);
    expect(board.report('c1', SAM, 'viewing', at(1))).toBe(true);
    expect(board.report('c1', DANA, 'viewing', at(10))).toBe(false); // a renewal
    expect(board.report('c1', SAM, 'drafting', at(12))).toBe(true);
    expect(board.list('c1', at(13)).map((e) => [e.displayName, e.activity])).toEqual([
      ['Sam', 'drafting'],
      ['Dana', 'viewing'],
    ]);
    expect(board.list('c1', at(13))[1].since).toEqual(at(0));
    expect(board.list('other', at(13))).toEqual([]);
  });

  it('drops people who leave, and lapses those who stop renewing', () => {
    const board = new PresenceBoard(45_000);
    board.report('c1', DANA, 'viewing', at(0));
    board.report('c1', SAM, 'viewing', at(30));
    expect(board.report('c1', SAM, null, at(31))).toBe(true);
    expect(board.report('c1', SAM, null, at(32))).toBe(false);
    expect(board.list('c1', at(46))).toEqual([]);
    expect(board.sweep(at(46))).toEqual(['c1']);
    expect(board.sweep(at(47))).toEqual([]);
  });
});
