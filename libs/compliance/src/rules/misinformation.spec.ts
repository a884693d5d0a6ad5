import { contextFor } from '../testing/fixtures';
import { checkMisinformation } from './misinformation';

const MYTH = { text: 'Vaccines cause autism.', intents: ['misinformation' as const] };

describe('checkMisinformation (C21)', () => {
  it('warns when a correction links no trusted source', () => {
    expect(
      checkMisinformation(contextFor('Vaccines do not cause autism.', MYTH)).map(
        ({ code, severity }) => [code, severity],
      ),
    ).toEqual([['missing_trusted_source', 'warn']]);
  });

  it('accepts a correction linking a trusted domain', () => {
    expect(
      checkMisinformation(
        contextFor('Vaccines do not cause autism: https://www.cdc.gov/vaccinesafety', MYTH),
      ),
    ).toEqual([]);
  });

  it('asks nothing of replies to other comments', () => {
    expect(
      checkMisinformation(contextFor('Thanks!', { text: 'Great nurses', intents: ['praise'] })),
    ).toEqual([]);
  });
});
