import { detectFormat } from './detect-format';

describe('detectFormat', () => {
  it.each([
    ['comments.json', 'id,text', 'json'],
    ['COMMENTS.JSON', '', 'json'],
    ['export.jsonl', '[', 'jsonl'],
    ['export.ndjson', '', 'jsonl'],
    ['reviews.csv', '[{"id":1}]', 'csv'],
    ['reviews.Csv', '{', 'csv'],
    ['export.txt', '[{"id":"fb_1"}]', 'json'],
    ['export', '\n\t  [\n', 'json'],
    ['export.txt', '{"id":"fb_1"}\n{"id":"fb_2"}', 'jsonl'],
    ['export.txt', '\uFEFF{"id":"fb_1"}', 'jsonl'],
    ['export.txt', '\uFEFF  [', 'json'],
    ['export.txt', 'id,text\nfb_1,Thanks', 'csv'],
    ['export.txt', '"id","text"', 'csv'],
    ['export.txt', '', 'csv'],
    ['export.txt', '   \n', 'csv'],
    ['archive.json.csv', '[', 'csv'],
    ['no-extension.', '{', 'jsonl'],
  ])('%j with head %j is %s', (fileName, head, expected) => {
    expect(detectFormat(fileName, head)).toBe(expected);
  });
});
