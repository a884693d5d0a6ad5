/**
 * The people who write to the hospital. Bedside knows them only by what the platforms show (a
 * display name, a handle), so one person is recognised across channels by a normalised key.
 * Nothing about their health is ever kept on them: the author profile carries a flag and the
 * team's notes, never triage labels.
 */

export const AUTHOR_FLAGS = ['none', 'watch', 'block'] as const;
export type AuthorFlag = (typeof AUTHOR_FLAGS)[number];

export const AUTHOR_FLAG_LABELS: Record<AuthorFlag, string> = {
  none: 'No flag',
  watch: 'Watched',
  block: 'Blocked',
};

/** The longest note about an author accepted, in characters. */
export const MAX_AUTHOR_NOTE_LENGTH = 2000;

/** Longest author key stored; longer names are cut (keys stay distinct in practice). */
const MAX_AUTHOR_KEY_LENGTH = 200;

// Names platforms and people use for "nobody in particular": they would merge strangers.
const PLACEHOLDER_NAMES = new Set([
  'anonymous',
  'anon',
  'guest',
  'unknown',
  'user',
  'a google user',
  'google user',
  'facebook user',
  'instagram user',
  'deleted',
  'deleted user',
  'private',
  'n a',
  'na',
  'none',
]);

function nameWords(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function cleanHandle(handle: string): string {
  return handle.normalize('NFKC').trim().replace(/^@+/, '').toLowerCase();
}

export function isAuthorFlag(value: unknown): value is AuthorFlag {
  return typeof value === 'string' && (AUTHOR_FLAGS as readonly string[]).includes(value);
}

/**
 * The key that recognises one person across channels, or null when a comment names nobody
 * ("Anonymous", no handle). A full name (two words or more) wins, because Facebook, Google
 * reviews and blogs show names only and X, Instagram and YouTube show the same names beside
 * their handles; accents, case, punctuation and emoji are ignored. A single or placeholder name
 * is too common to identify anyone, so the handle is used instead, and a lone first name only
 * when there is no handle at all. Two people with the same full name share a key: the author
 * panel shows the handles and channels found so the team can tell.
 *
 * @example authorKeyOf({ authorName: 'Dale 🇺🇸 Truth', authorHandle: '@truthseeker_1776' }) // 'name:dale truth'
 * @example authorKeyOf({ authorName: 'Tess', authorHandle: 'nb_localnurse' }) // 'handle:nb_localnurse'
 */
export function authorKeyOf(author: {
  authorName: string | null;
  authorHandle: string | null;
}): string | null {
  const words = nameWords(author.authorName ?? '');
  const name = words.join(' ');
  const usableName = name.length >= 2 && !PLACEHOLDER_NAMES.has(name);
  const handle = cleanHandle(author.authorHandle ?? '');
  let key: string | null = null;
  if (usableName && words.length >= 2) {
    key = `name:${name}`;
  } else if (handle !== '') {
    key = `handle:${handle}`;
  } else if (usableName) {
    key = `name:${name}`;
  }
  return key === null ? null : key.slice(0, MAX_AUTHOR_KEY_LENGTH);
}
