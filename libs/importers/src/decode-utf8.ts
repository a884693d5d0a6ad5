import { StringDecoder } from 'node:string_decoder';

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Turns byte or string chunks into text. StringDecoder keeps the bytes of a UTF-8 character that
 * is split across two chunks until the rest arrives; a leading byte order mark is dropped. For
 * example the chunks `<EF BB BF 43 61 66 C3>` and `<A9>` yield `'Caf'` then `'é'`.
 */
export async function* decodeUtf8(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let isFirstText = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(chunk);
    if (text.length === 0) {
      continue;
    }
    if (isFirstText) {
      isFirstText = false;
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) {
        text = text.slice(1);
      }
    }
    yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) {
    yield isFirstText && rest.charCodeAt(0) === BYTE_ORDER_MARK ? rest.slice(1) : rest;
  }
}
