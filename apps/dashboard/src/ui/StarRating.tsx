import { Group, Rating, Text } from '@mantine/core';

import { RATING_COLOR } from '../app/theme';

export interface StarRatingProps {
  /** 1 to 5. */
  value: number;
  size?: 'xs' | 'sm' | 'md';
}

/** A review's star rating, read-only and announced as text. */
export function StarRating({ value, size = 'sm' }: StarRatingProps) {
  return (
    <Group gap={6} wrap="nowrap" role="img" aria-label={`Rated ${value} out of 5`}>
      <Rating value={value} readOnly size={size} color={RATING_COLOR} aria-hidden />
      <Text size="xs" c="dimmed" aria-hidden>
        {value}/5
      </Text>
    </Group>
  );
}
