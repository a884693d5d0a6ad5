import { tokenize } from '../features/tokenize';
import { parseValences, scoreLexicon } from './score-lexicon';

const valences = parseValences('good\t1.9\nbad\t-2.5\nhelpful\t1.7\nrude\t-2', { '🙏': 2 });

function compoundOf(text: string): number {
  return scoreLexicon(tokenize(text), valences).compound;
}

describe('scoreLexicon', () => {
  it.each([
    ['good', 1],
    ['not good', -1],
    ['never helpful', -1],
    ['bad', -1],
    ['not bad', 1],
    ['🙏', 1],
    ['the parking garage', 0],
    ['', 0],
  ])('%j has the sign %d', (text, sign) => {
    expect(Math.sign(compoundOf(text))).toBe(sign);
  });

  it('boosts after "so" and weighs what follows "but" more', () => {
    expect(compoundOf('so good')).toBeGreaterThan(compoundOf('good'));
    expect(compoundOf('good but rude')).toBeLessThan(0);
    expect(compoundOf('rude but good')).toBeGreaterThan(0);
  });

  it('keeps the tone of the clause after the last "but" apart', () => {
    expect(scoreLexicon(tokenize('good but rude'), valences).afterContrast).toBeLessThan(0);
    expect(scoreLexicon(tokenize('rude but good'), valences).afterContrast).toBeGreaterThan(0);
    expect(scoreLexicon(tokenize('good and rude'), valences).afterContrast).toBe(0);
  });

  it('stops a negation at clause punctuation', () => {
    expect(compoundOf('not today. good')).toBeGreaterThan(0);
  });

  it('lists the words that moved the score, strongest first', () => {
    const cues = scoreLexicon(tokenize('good but so rude'), valences).cues;
    expect(cues.map((cue) => cue.token)).toEqual(['rude', 'good']);
  });

  it('does not treat Object property names as boosters', () => {
    expect(Number.isFinite(compoundOf('constructor good'))).toBe(true);
    expect(compoundOf('constructor good')).toBeCloseTo(compoundOf('good'), 10);
  });
});
