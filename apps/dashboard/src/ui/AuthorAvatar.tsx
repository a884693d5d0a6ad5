import { Avatar, type MantineSize } from '@mantine/core';

/** Soft colours for initials, picked by name so one author always gets the same one. */
const AVATAR_COLORS = ['bedside', 'blue', 'grape', 'teal', 'indigo', 'cyan', 'violet', 'orange'];

function initialsOf(name: string): string {
  const words = name
    .replace(/^@/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  const letters =
    words.length > 1
      ? [words[0][0], words[words.length - 1][0]]
      : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

function colorOf(name: string): string {
  let hash = 0;
  for (const character of name) {
    hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  }
  return AVATAR_COLORS[hash % AVATAR_COLORS.length];
}

export interface AuthorAvatarProps {
  name: string;
  size?: MantineSize | number;
}

/** The author's initials in a circle; decorative, since the name is always written beside it. */
export function AuthorAvatar({ name, size = 'sm' }: AuthorAvatarProps) {
  return (
    <Avatar size={size} radius="xl" color={colorOf(name)} variant="light" aria-hidden>
      {initialsOf(name)}
    </Avatar>
  );
}
