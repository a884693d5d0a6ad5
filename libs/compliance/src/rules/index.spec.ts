import { contextFor } from '../testing/fixtures';
import { RULES } from '.';
import { findAll, wholeReply } from './rule.types';

describe('RULES', () => {
  it('lists every rule family once', () => {
    expect(RULES).toHaveLength(11);
    expect(new Set(RULES).size).toBe(RULES.length);
  });

  it('finds nothing in a plain, kind reply to a plain comment', () => {
    const context = contextFor('Thank you so much for the kind words!', {
      text: 'Lovely new lobby',
      intents: ['praise'],
    });
    expect(RULES.flatMap((rule) => rule(context))).toEqual([]);
  });

  it('gives findAll spans of every match and wholeReply a 0, 0 span', () => {
    const finding = (start: number, end: number) => ({
      ...wholeReply('discloses_phi', 'block', 'm'),
      start,
      end,
    });
    expect(
      findAll('a room 1 b room 22', /room \d+/, finding).map(({ start, end }) => [start, end]),
    ).toEqual([
      [2, 8],
      [11, 18],
    ]);
    expect(wholeReply('missing_offline_path', 'block', 'm')).toEqual({
      code: 'missing_offline_path',
      severity: 'block',
      message: 'm',
      start: 0,
      end: 0,
    });
  });
});
