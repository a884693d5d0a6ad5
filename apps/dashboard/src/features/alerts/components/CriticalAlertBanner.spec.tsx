import { afterEach, beforeEach } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';

import { buildAlert, buildChannel, buildComment, buildComments } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

const COMMENT_TEXT = 'Written for Bedside specs: my dad has chest pain right now';

/** Whole minutes before the dashboard's clock, which reads the time floored to the minute. */
function minutesAgo(minutes: number): string {
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  return new Date(minute - minutes * 60_000).toISOString();
}

function findBanner() {
  return screen.findByRole('alert', { name: 'Critical alerts' });
}

/** Stands in for the Web Audio API (jsdom has none) and counts the tones started. */
class FakeAudioContext {
  static tones = 0;
  state = 'running';
  currentTime = 0;
  destination = {};
  createOscillator() {
    return {
      type: 'sine',
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start: () => {
        FakeAudioContext.tones += 1;
      },
      stop: () => undefined,
    };
  }
  createGain() {
    return {
      gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
      connect: (node: unknown) => node,
    };
  }
  resume() {
    return Promise.resolve();
  }
}

describe('CriticalAlertBanner', () => {
  it('shows each open alert by kind, channel and age, never the comment’s words', async () => {
    const server = createFakeServer(buildComments(1), {
      alerts: [
        buildAlert({
          kind: 'EMERGENCY',
          raisedAt: minutesAgo(2),
          comment: buildComment({ text: COMMENT_TEXT, authorName: 'Pat Example' }),
        }),
        buildAlert({
          kind: 'SELF_HARM',
          raisedAt: minutesAgo(1),
          comment: buildComment({ channel: buildChannel('INSTAGRAM') }),
        }),
      ],
    });
    renderApp({ server });

    const banner = await findBanner();
    const rows = within(banner).getAllByRole('group');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual([
      'Self-harm comment on Instagram',
      'Emergency comment on Facebook',
    ]);
    expect(within(rows[1]).getByText('2 minutes ago')).toBeInTheDocument();
    expect(banner).not.toHaveTextContent('chest pain');
    expect(banner).not.toHaveTextContent('Pat Example');
  });

  it('shows nothing while no alert is open', async () => {
    const server = createFakeServer(buildComments(2), {
      alerts: [buildAlert({ acknowledgedAt: minutesAgo(1), acknowledgedBy: 'Dana Okafor' })],
    });
    renderApp({ server });

    expect(await screen.findByRole('listbox', { name: 'Comments' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Critical alerts' })).not.toBeInTheDocument();
  });

  it('opens the alert’s comment', async () => {
    const comment = buildComment({ text: COMMENT_TEXT, urgency: 'CRITICAL' });
    const server = createFakeServer([comment], { alerts: [buildAlert({ comment })] });
    const { user, url } = renderApp({ server, path: '/inbox?order=oldest' });

    await findBanner();
    await user.click(
      screen.getByRole('button', { name: 'Open comment: Emergency comment on Facebook' }),
    );

    expect(url()).toBe(`/inbox/${comment.id}?order=oldest`);
    expect(
      await screen.findByRole('article', { name: `Comment by ${comment.authorName}` }),
    ).toBeInTheDocument();
  });

  it('acknowledges an alert, which leaves the banner', async () => {
    const alert = buildAlert();
    const server = createFakeServer(buildComments(1), { alerts: [alert] });
    const { user } = renderApp({ server });

    await findBanner();
    await user.click(
      screen.getByRole('button', { name: 'Acknowledge: Emergency comment on Facebook' }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('alert', { name: 'Critical alerts' })).not.toBeInTheDocument(),
    );
    expect(server.calls.acknowledgeAlert).toEqual([{ id: alert.id }]);
  });

  it('lists three alerts and counts the rest', async () => {
    const server = createFakeServer([], {
      alerts: [1, 2, 3, 4, 5].map((minutes) => buildAlert({ raisedAt: minutesAgo(minutes) })),
    });
    renderApp({ server });

    const banner = await findBanner();
    expect(within(banner).getAllByRole('group')).toHaveLength(3);
    expect(banner).toHaveTextContent('and 2 more critical alerts');
  });

  describe('sound', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'AudioContext');

    beforeEach(() => {
      FakeAudioContext.tones = 0;
      Object.defineProperty(window, 'AudioContext', {
        configurable: true,
        writable: true,
        value: FakeAudioContext,
      });
    });
    afterEach(() => {
      if (original) {
        Object.defineProperty(window, 'AudioContext', original);
      } else {
        delete (window as { AudioContext?: unknown }).AudioContext;
      }
    });

    it('beeps once for each alert it has not seen, not on every refresh', async () => {
      const server = createFakeServer([], { alerts: [buildAlert({ raisedAt: minutesAgo(3) })] });
      const { client } = renderApp({ server });
      await findBanner();
      // One beep is two tones.
      await waitFor(() => expect(FakeAudioContext.tones).toBe(2));

      await client.refetchQueries({ include: ['OpenAlerts'] });
      expect(FakeAudioContext.tones).toBe(2);

      server.state.alerts.push(buildAlert({ kind: 'SELF_HARM', raisedAt: minutesAgo(0) }));
      await client.refetchQueries({ include: ['OpenAlerts'] });
      await waitFor(() =>
        expect(screen.getAllByRole('group', { name: /comment on Facebook$/ })).toHaveLength(2),
      );
      expect(FakeAudioContext.tones).toBe(4);
    });
  });
});
