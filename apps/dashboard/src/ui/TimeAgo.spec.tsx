import { jest } from '@jest/globals';
import { act, screen } from '@testing-library/react';

import { renderWithTheme } from '../testing/render-app';
import { TimeAgo } from './TimeAgo';

describe('TimeAgo', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: Date.parse('2026-11-23T12:00:30.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows the relative time and refreshes it every minute', () => {
    renderWithTheme(<TimeAgo value="2026-11-23T11:57:00.000Z" />);
    const time = screen.getByText('3 minutes ago');
    expect(time).toHaveAttribute('datetime', '2026-11-23T11:57:00.000Z');

    act(() => {
      jest.advanceTimersByTime(60_000);
    });

    expect(screen.getByText('4 minutes ago')).toBeInTheDocument();
  });
});
