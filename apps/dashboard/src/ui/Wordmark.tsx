import { Box, Group, Text } from '@mantine/core';
import { IconHeartbeat } from '@tabler/icons-react';

export interface WordmarkProps {
  /** `md` in the header, `lg` on the sign-in page. */
  size?: 'md' | 'lg';
}

/** The Bedside mark and name. */
export function Wordmark({ size = 'md' }: WordmarkProps) {
  const isLarge = size === 'lg';
  return (
    <Group gap={isLarge ? 10 : 8} wrap="nowrap">
      <Box
        w={isLarge ? 36 : 28}
        h={isLarge ? 36 : 28}
        bg="bedside.7"
        c="white"
        style={{ borderRadius: isLarge ? 10 : 8, display: 'grid', placeItems: 'center' }}
        aria-hidden
      >
        <IconHeartbeat size={isLarge ? 23 : 18} stroke={2.2} />
      </Box>
      <Text fw={700} fz={isLarge ? 24 : 'lg'} c="slate.9" style={{ letterSpacing: '-0.01em' }}>
        Bedside
      </Text>
    </Group>
  );
}
