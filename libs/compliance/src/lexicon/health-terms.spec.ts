import { DRUG_NAMES, findHealthTerms } from './health-terms';

const ids = (text: string): string[] => findHealthTerms(text).map((hit) => hit.term.category);

describe('findHealthTerms', () => {
  it.each([
    ['my dad had a heart attack', ['condition']],
    ['sorry about your cancer', ['sensitive']],
    ['after my knee replacement', ['procedure']],
    ['can i take melatonin with sertraline', ['medication', 'medication']],
    ['my baby in the nicu', ['setting']],
    ['burn blister on my palm', ['condition', 'condition', 'body']],
    ['we will get back to you, head over to our page', []],
    ['thank you from the bottom of our hearts', []],
    ['hearing aids', ['procedure']],
    ['measles is harmless', ['condition']],
  ])('finds the health terms of %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('gives plural and singular spellings one id', () => {
    const [first] = findHealthTerms('migraine');
    const [second] = findHealthTerms('migraines');
    expect(first.term.id).toBe(second.term.id);
  });

  it('knows drug names', () => {
    expect(DRUG_NAMES.test('give her tylenol')).toBe(true);
    expect(DRUG_NAMES.test('questions about medicines and doses')).toBe(false);
  });
});
