import { parseJsonRecord } from './parse-json-record';

describe('parseJsonRecord', () => {
  it.each([
    ['{"id": "fb_1"}', 1, { value: { id: 'fb_1' } }],
    ['[1, 2]', 1, { error: 'expected an object, found an array' }],
    ['null', 1, { error: 'expected an object, found null' }],
    ['"Thanks"', 1, { error: 'expected an object, found a string' }],
    ['7', 1, { error: 'expected an object, found a number' }],
    ['false', 1, { error: 'expected an object, found a boolean' }],
    [
      '{\n  "id": "fb_1",\n  "text": "x",\n}',
      10,
      { error: expect.stringMatching(/ at line 13$/) as string },
    ],
    ['{\n"id" "fb_1"}', 7, { error: "invalid JSON: Expected ':' after property name at line 8" }],
    [
      '{"id" "fb_1"}',
      4,
      { error: expect.stringMatching(/^invalid JSON: .* at line 4$/) as string },
    ],
    ['{"id": "fb_1"', 2, { error: expect.stringMatching(/^invalid JSON: /) as string }],
  ])('%j starting on line %i gives %j', (text, line, expected) => {
    expect(parseJsonRecord(text, line)).toEqual(expected);
  });

  it.each([
    ['{"text": "MRN 12345 diabetic", "x": tru}', "invalid JSON: Unexpected token '}'"],
    [
      `{"text": "${'MRN 12345 diabetic '.repeat(20)}", "x": tru, "y": "${'diabetic '.repeat(20)}"}`,
      "invalid JSON: Unexpected token ','",
    ],
  ])('never quotes the row text in an error, as it may hold PHI: %#', (text, error) => {
    expect(parseJsonRecord(text, 1)).toEqual({ error });
  });
});
