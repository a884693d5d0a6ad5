import { Input, Text } from '@mantine/core';
import { forwardRef, useId, useMemo, useRef } from 'react';

import { type MarkedRange, splitViolationSegments } from '../utils/violation-segments';

export interface ReplyEditorProps {
  value: string;
  onChange: (value: string) => void;
  ranges: readonly MarkedRange[];
  readOnly?: boolean;
  /** The channel's limit (X: 280), shown as a counter; null for none. */
  limit: number | null;
  describedBy?: string;
  onKeyDown?: (event: React.KeyboardEvent<HTMLTextAreaElement>) => void;
}

/** Shared box metrics: the marks behind the textarea must wrap exactly like its text. */
const BOX: React.CSSProperties = {
  fontFamily: 'inherit',
  fontSize: 'var(--mantine-font-size-sm)',
  lineHeight: 1.55,
  padding: '10px 12px',
  border: '1px solid transparent',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  wordBreak: 'normal',
  letterSpacing: 'normal',
  margin: 0,
  boxSizing: 'border-box',
  width: '100%',
  minHeight: 132,
};

/**
 * A plain textarea over a mirror of its text in which the checker's findings are underlined
 * (red: blocks sending, amber: a reviewer must acknowledge). The mirror scrolls with the textarea
 * and is hidden from screen readers; the findings list below says the same in words.
 */
export const ReplyEditor = forwardRef<HTMLTextAreaElement, ReplyEditorProps>(function ReplyEditor(
  { value, onChange, ranges, readOnly = false, limit, describedBy, onKeyDown },
  ref,
) {
  const id = useId();
  const mirrorRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => splitViolationSegments(value, ranges), [value, ranges]);
  const over = limit !== null && value.length > limit;
  return (
    <Input.Wrapper
      label="Public reply"
      labelProps={{ htmlFor: id }}
      description="Underlined words break a compliance rule: red blocks sending, amber needs a reviewer's acknowledgement."
    >
      <div
        style={{
          position: 'relative',
          borderRadius: 'var(--mantine-radius-sm)',
          background: readOnly ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-white)',
          border: '1px solid var(--mantine-color-gray-4)',
          marginTop: 4,
        }}
      >
        <div
          ref={mirrorRef}
          aria-hidden
          data-testid="reply-marks"
          style={{
            ...BOX,
            position: 'absolute',
            inset: 0,
            overflow: 'hidden',
            color: 'transparent',
            pointerEvents: 'none',
          }}
        >
          {segments.map((segment) =>
            segment.severity === null ? (
              <span key={segment.start}>{segment.text}</span>
            ) : (
              <mark
                key={segment.start}
                data-severity={segment.severity}
                style={{
                  color: 'transparent',
                  background:
                    segment.severity === 'block'
                      ? 'rgba(250, 82, 82, 0.14)'
                      : 'rgba(250, 176, 5, 0.16)',
                  textDecoration: `underline wavy ${
                    segment.severity === 'block'
                      ? 'var(--mantine-color-red-7)'
                      : 'var(--mantine-color-yellow-7)'
                  }`,
                  textDecorationThickness: 1.5,
                  textUnderlineOffset: 3,
                  borderRadius: 2,
                }}
              >
                {segment.text}
              </mark>
            ),
          )}
          {/* A trailing newline needs a character after it to take up its line. */}
          {value.endsWith('\n') ? ' ' : null}
        </div>
        <textarea
          id={id}
          ref={ref}
          value={value}
          readOnly={readOnly}
          spellCheck
          aria-describedby={describedBy}
          aria-invalid={ranges.some((range) => range.severity === 'block')}
          onChange={(event) => onChange(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onScroll={(event) => {
            if (mirrorRef.current) {
              mirrorRef.current.scrollTop = event.currentTarget.scrollTop;
            }
          }}
          style={{
            ...BOX,
            position: 'relative',
            display: 'block',
            resize: 'vertical',
            background: 'transparent',
            color: 'var(--mantine-color-text)',
            caretColor: 'var(--mantine-color-text)',
            outline: 'none',
          }}
        />
      </div>
      <Text size="xs" c={over ? 'red' : 'dimmed'} ta="right" mt={2} aria-live="polite">
        {limit === null
          ? `${value.length.toLocaleString('en-US')} characters`
          : `${value.length.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')} characters`}
      </Text>
    </Input.Wrapper>
  );
});
