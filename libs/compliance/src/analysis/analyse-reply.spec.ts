import { TEST_SETTINGS } from '../testing/fixtures';
import { analyseReply, MASK_CHAR } from './analyse-reply';

const kinds = (reply: string): string[] =>
  analyseReply(reply, TEST_SETTINGS).hits.map((hit) => hit.kind);

describe('analyseReply', () => {
  it('classifies contacts against the settings', () => {
    expect(
      kinds(
        'Call 911, text 988, Poison Help 1-800-222-1222, Patient Relations (555) 017-2200, nurse line 555.017.3300, or 555-0199.',
      ),
    ).toEqual([
      'emergency',
      'crisis',
      'service_name',
      'poison',
      'service_name',
      'patient_relations',
      'service_name',
      'nurse_line',
      'unlisted_phone',
    ]);
  });

  it('masks the hospital name, own-provider phrases and safety clauses', () => {
    const reply = analyseReply(
      "Harbor View's team thanks you. Please ask your own doctor. If the person is not breathing, call 911.",
      TEST_SETTINGS,
    );
    expect(reply.hits.map((hit) => hit.kind)).toEqual([
      'hospital_name',
      'own_provider',
      'safety_clause',
      'emergency',
    ]);
    expect(reply.masked).not.toContain('your own doctor');
    expect(reply.masked).not.toContain('breathing');
    expect(reply.masked.length).toBe(reply.lower.length);
    expect(reply.masked).toContain(MASK_CHAR);
  });

  it('does not mask "your doctor" when the hospital acts through that doctor', () => {
    expect(kinds("We've told your doctor here about it.")).toEqual([]);
  });

  it('splits sentences on the masked text, so links do not break them', () => {
    const reply = analyseReply('See https://www.cdc.gov/flu. Thanks!', TEST_SETTINGS);
    expect(reply.sentences).toHaveLength(2);
  });
});
