import { Box } from '@mantine/core';
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * jsdom (the specs) lays nothing out: a measured container is 0 px wide and Recharts would draw
 * nothing. There the chart gets this fixed width instead, so specs see the same SVG as readers.
 */
const HAS_LAYOUT = typeof navigator === 'undefined' || !navigator.userAgent.includes('jsdom');
const FALLBACK_WIDTH = 720;

export interface ChartFrameProps {
  /** Height in pixels; the chart takes the full width of its block. */
  height?: number;
  children: ReactElement;
}

/** A chart that follows the width of its block (and of the printed page). */
export function ChartFrame({ height = 280, children }: ChartFrameProps) {
  return (
    <Box h={height} className="bedside-report-chart">
      <ResponsiveContainer width={HAS_LAYOUT ? '100%' : FALLBACK_WIDTH} height={height}>
        {children}
      </ResponsiveContainer>
    </Box>
  );
}
