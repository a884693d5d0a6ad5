import { useRef } from 'react';

/** What Recharts tells a chart's `onClick` about where the reader clicked. */
interface ChartClick {
  activeIndex?: number | string | null;
}

/**
 * Drill-down on stacked area charts. Recharts reports the clicked point (the bucket) to the
 * chart's `onClick`, and the clicked band (the series) only to that band's own `onClick`, which
 * runs first as the click bubbles up. This pairs the two: `onSeriesClick(key)` goes on each
 * `<Area>`, `onChartClick` on the chart, and `onPick` receives the bucket's index and the band
 * (null when the click fell outside every band).
 */
export function useSeriesClick<Key extends string>(
  onPick: (index: number, key: Key | null) => void,
) {
  const clicked = useRef<Key | null>(null);
  return {
    onSeriesClick: (key: Key) => () => {
      clicked.current = key;
    },
    onChartClick: (state: ChartClick | null | undefined) => {
      const key = clicked.current;
      clicked.current = null;
      const index = Number(state?.activeIndex);
      if (state?.activeIndex !== undefined && state.activeIndex !== null && index >= 0) {
        onPick(index, key);
      }
    },
  };
}
