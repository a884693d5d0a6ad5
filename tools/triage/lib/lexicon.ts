import { readFileSync } from 'node:fs';

/**
 * The word list of VADER (C.J. Hutto and E. Gilbert, ICWSM 2014; MIT licence), as shipped in the
 * `vader-sentiment` package: one word and its mean valence per line. Only plain words are kept,
 * since the tokenizer never yields emoticons; emoji and Spanish valences are hand-written in
 * `libs/triage/src/lexicon/sentiment-extras.ts`.
 */
export function buildVaderLexicon(): { source: string; licence: string; entries: string } {
  const file = require.resolve('vader-sentiment/vader_lexicon.txt');
  const lines: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    if (word && mean && /^[a-z][a-z'-]*$/.test(word)) {
      lines.push(`${word}\t${Number(mean)}`);
    }
  }
  lines.sort();
  return {
    source: 'VADER sentiment lexicon (Hutto & Gilbert 2014), via the vader-sentiment package',
    licence: 'MIT (vaderSentiment); vaderSentiment-js is Apache-2.0. See NOTICE.md.',
    entries: lines.join('\n'),
  };
}
