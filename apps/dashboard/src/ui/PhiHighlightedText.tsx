import { Mark, Text, type TextProps } from '@mantine/core';
import { useMemo } from 'react';

import { PHI_COLOR } from '../app/theme';
import type { PhiType } from '../gql/graphql';
import { PHI_TYPE_LABELS } from './labels';
import { splitPhiSegments } from './split-phi-segments';
import { toDomainValue } from './vocabulary';

export interface PhiSpanProps {
  start: number;
  end: number;
  type: PhiType;
}

export type PhiHighlightedTextProps = {
  text: string;
  phi: readonly PhiSpanProps[];
} & Pick<TextProps, 'size' | 'lineClamp' | 'c'>;

/** Comment text with every PHI span marked, so nobody copies it into a public reply. */
export function PhiHighlightedText({
  text,
  phi,
  size = 'md',
  lineClamp,
  c,
}: PhiHighlightedTextProps) {
  const segments = useMemo(() => splitPhiSegments(text, phi), [text, phi]);
  return (
    <Text
      size={size}
      lineClamp={lineClamp}
      c={c}
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.55 }}
    >
      {segments.map((segment) => {
        if (segment.phi === null) {
          return <span key={segment.start}>{segment.text}</span>;
        }
        const label = `PHI: ${PHI_TYPE_LABELS[toDomainValue(segment.phi)]}`;
        return (
          <Mark
            key={segment.start}
            color={PHI_COLOR}
            title={label}
            data-phi-type={toDomainValue(segment.phi)}
            style={{
              borderBottom: `2px solid var(--mantine-color-${PHI_COLOR}-5)`,
              borderRadius: 2,
              padding: '0 2px',
            }}
          >
            {segment.text}
          </Mark>
        );
      })}
    </Text>
  );
}
