import { Text } from '@mantine/core';

import type { NoteSegment } from '../utils/note-segments';

export interface MentionTextProps {
  segments: readonly NoteSegment[];
  /** Mentions of this person stand out more: they are the ones asking for the reader. */
  viewerId: string;
}

/** A note's text with its @mentions highlighted, line breaks kept. */
export function MentionText({ segments, viewerId }: MentionTextProps) {
  return (
    <Text size="sm" c="slate.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {segments.map((segment, index) =>
        segment.userId ? (
          <Text
            key={index}
            span
            fw={600}
            c={segment.userId === viewerId ? 'orange.9' : 'bedside.8'}
            bg={segment.userId === viewerId ? 'orange.0' : 'bedside.0'}
            px={3}
            style={{ borderRadius: 4 }}
            data-mention={segment.userId}
          >
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
    </Text>
  );
}
