import type { SentimentLabel } from '@bedside/domain';
import type { MantineColor } from '@mantine/core';

import { SENTIMENT_COLORS } from '../../../app/theme';

/**
 * Colours of the report's charts, as CSS variables of the theme's palettes (SVG reads them in
 * `fill` and `stroke`). Sentiment uses the dashboard's semantic colours; channels, which
 * have no meaning of their own, take the series palette in order.
 */
function shade(color: MantineColor, level = 6): string {
  return `var(--mantine-color-${color}-${level})`;
}

export const SENTIMENT_CHART_COLORS: Record<SentimentLabel, string> = {
  negative: shade(SENTIMENT_COLORS.negative),
  neutral: shade(SENTIMENT_COLORS.neutral, 4),
  positive: shade(SENTIMENT_COLORS.positive),
};

/** This period, and the previous one as a pale "ghost" beside it. */
export const CURRENT_COLOR = shade('bedside');
export const PREVIOUS_COLOR = shade('slate', 3);

/** Median and 90th percentile of the response times. */
export const P50_COLOR = shade('bedside');
export const P90_COLOR = shade('bedside', 3);

const SERIES: readonly MantineColor[] = [
  'bedside',
  'indigo',
  'orange',
  'grape',
  'teal',
  'pink',
  'yellow',
  'cyan',
  'lime',
  'red',
];

/** The colour of the `index`-th channel of a stacked chart. */
export function seriesColor(index: number): string {
  return shade(SERIES[index % SERIES.length]);
}

/** Grid and axis lines. */
export const GRID_COLOR = shade('slate', 1);
export const AXIS_COLOR = shade('slate', 5);
