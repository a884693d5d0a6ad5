import { type RawCommentInput } from '@bedside/domain';

// Accepted spellings per field, best first: the first one holding a non-empty value wins, so an
// export with both `external_id` and a blank `id` still gives the external id. Keys are compared
// lower-cased with everything but letters and digits removed, which makes camelCase, snake_case,
// kebab-case and "Title Case" headers equal.
const FIELD_ALIASES: ReadonlyArray<readonly [keyof RawCommentInput, readonly string[]]> = [
  ['channel', ['channel', 'platform', 'source']],
  ['externalId', ['externalid', 'id']],
  ['parentExternalId', ['parentexternalid', 'parentid']],
  ['postExternalId', ['postexternalid', 'postid']],
  ['authorName', ['authorname', 'author', 'name']],
  ['authorHandle', ['authorhandle', 'handle', 'username']],
  ['text', ['text', 'message', 'body', 'comment']],
  ['url', ['url', 'link', 'permalink']],
  ['createdAt', ['createdat', 'created', 'createdtime', 'timestamp', 'date']],
];

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Maps one import record to the fields of a comment input, before validation: keys match
 * case-insensitively in camelCase, snake_case or with spaces, and a few aliases common in
 * platform exports are understood (`id` → externalId, `message`/`body`/`comment` → text,
 * `author`/`name` → authorName, `handle`/`username` → authorHandle,
 * `created`/`created_time`/`timestamp`/`date` → createdAt, `platform`/`source` → channel,
 * `parent_id`, `post_id`, `link`/`permalink` → url). Unknown keys are dropped and values are
 * passed on untouched for `validateCommentInput` to judge. For example
 * `{ Platform: 'facebook', id: 'fb_1', message: 'Thank you 4 West!', created_time: '2026-11-20' }`
 * becomes `{ channel: 'facebook', externalId: 'fb_1', text: 'Thank you 4 West!', createdAt: '2026-11-20' }`.
 */
export function toRawCommentInput(record: Record<string, unknown>): RawCommentInput {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const normalized = normalizeKey(key);
    if (!isEmpty(value) && !byKey.has(normalized)) {
      byKey.set(normalized, value);
    }
  }
  const input: RawCommentInput = {};
  for (const [field, aliases] of FIELD_ALIASES) {
    const alias = aliases.find((name) => byKey.has(name));
    if (alias !== undefined) {
      input[field] = byKey.get(alias);
    }
  }
  return input;
}
