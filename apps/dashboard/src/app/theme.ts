import {
  type CaseStatus,
  type ChannelKind,
  type CommentStatus,
  type ConnectionHealth,
  type SentimentLabel,
  type SlaState,
  type Urgency,
} from '@bedside/domain';
import { createTheme, type MantineColor, type MantineColorsTuple } from '@mantine/core';

/**
 * The one place the dashboard's colours are chosen. Components ask for a semantic colour
 * (`URGENCY_COLORS.critical`) and never write a hex value or a palette name of their own.
 */

/** A calm clinical teal: readable on white, distinct from the red and orange of urgency. */
const bedside: MantineColorsTuple = [
  '#e7f5f6',
  '#d3eaed',
  '#a8d4da',
  '#79bdc6',
  '#54aab5',
  '#3c9eab',
  '#2d97a5',
  '#1d8391',
  '#0e7481',
  '#006470',
];

/** Cool greys for surfaces and text, a touch bluer than the default to feel clean, not cold. */
const slate: MantineColorsTuple = [
  '#f5f7fa',
  '#e9edf2',
  '#d3dae3',
  '#b9c3cf',
  '#97a3b2',
  '#7a8798',
  '#5f6c7d',
  '#475465',
  '#323d4c',
  '#1f2835',
];

/** Inter ships with the dashboard (self-hosted); emoji come from the reader's system font. */
const FONT_STACK =
  '"Inter Variable", Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", "Noto Emoji"';

export const theme = createTheme({
  primaryColor: 'bedside',
  primaryShade: 7,
  colors: { bedside, slate },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily: FONT_STACK,
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '650',
  },
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  components: {
    Badge: { defaultProps: { radius: 'sm' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 250, multiline: true, maw: 320 } },
  },
});

/** Page and panel surfaces. */
export const SURFACE = {
  page: 'var(--mantine-color-slate-0)',
  panel: 'var(--mantine-color-white)',
  border: 'var(--mantine-color-slate-1)',
  selectedRow: 'var(--mantine-color-bedside-0)',
  selectedRowAccent: 'var(--mantine-color-bedside-7)',
  hoverRow: 'var(--mantine-color-slate-0)',
  openCommentInThread: 'var(--mantine-color-bedside-0)',
  header: 'var(--mantine-color-white)',
} as const;

export const URGENCY_COLORS: Record<Urgency, MantineColor> = {
  critical: 'red',
  high: 'orange',
  normal: 'blue',
  low: 'slate',
};

export const SENTIMENT_COLORS: Record<SentimentLabel, MantineColor> = {
  negative: 'red',
  neutral: 'slate',
  positive: 'teal',
};

export const STATUS_COLORS: Record<CommentStatus, MantineColor> = {
  new: 'blue',
  in_progress: 'yellow',
  replied: 'teal',
  escalated: 'grape',
  closed: 'slate',
  hidden: 'dark',
};

export const CASE_STATUS_COLORS: Record<CaseStatus, MantineColor> = {
  open: 'blue',
  in_progress: 'yellow',
  resolved: 'teal',
  reopened: 'orange',
};

/** A breached deadline is red everywhere: rows, badges and countdowns. */
export const SLA_COLORS: Record<SlaState, MantineColor> = {
  none: 'slate',
  on_track: 'teal',
  due_soon: 'orange',
  breached: 'red',
  met: 'teal',
};

/** Tint of a row whose deadline has passed. */
export const BREACHED_ROW = 'var(--mantine-color-red-0)';

/** Intents that need a person's attention fast are tinted; the rest stay neutral. */
export const INTENT_COLOR_ATTENTION: MantineColor = 'orange';
export const INTENT_COLOR_CRISIS: MantineColor = 'red';
export const INTENT_COLOR_DEFAULT: MantineColor = 'slate';

/** Protected health information: its own hue so it never reads as an urgency level. */
export const PHI_COLOR: MantineColor = 'grape';
export const SAMPLE_COLOR: MantineColor = 'indigo';
export const RATING_COLOR: MantineColor = 'yellow';

/** Brand colours, used only for the small channel glyphs. */
export const CHANNEL_COLORS: Record<ChannelKind, string> = {
  facebook: '#1877f2',
  instagram: '#c13584',
  x: '#1f2835',
  youtube: '#e62117',
  google_review: '#4285f4',
  blog: '#0e7481',
  import: '#5f6c7d',
};

/** How a connected channel is doing: green while it answers, red when an admin must act. */
export const CONNECTION_HEALTH_COLORS: Record<ConnectionHealth, MantineColor> = {
  healthy: 'green',
  pending: 'gray',
  rate_limited: 'yellow',
  failing: 'red',
  token_expired: 'red',
};

/** A paused channel receives and posts nothing: noticeable, but not an error. */
export const PAUSED_COLOR: MantineColor = 'orange';

/** A comment its author deleted on the platform: a plain fact, not an alarm. */
export const DELETED_ON_PLATFORM_COLOR: MantineColor = 'slate';

export const HEALTH_COLORS = { up: 'teal', down: 'red', unknown: 'slate' } as const;
