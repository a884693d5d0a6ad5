import { ERROR_MESSAGES } from '@bedside/domain';
import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';

import { buildCase } from '../testing/fake-cases';
import { buildViewer } from '../testing/fake-data';
import { createFakeServer } from '../testing/fake-server';
import { renderApp } from '../testing/render-app';

// From the current whole second, as the countdown's shared clock reads it: a deadline set
// mid-second would otherwise read a second early ("Breached 4 min 59 s ago").
const minutesFromNow = (minutes: number) =>
  new Date(Math.floor(Date.now() / 1000) * 1000 + minutes * 60_000).toISOString();

async function findRows(): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name: 'Cases' });
  return within(table).getAllByRole('row').slice(1);
}

describe('CasesPage', () => {
  it('lists the active cases, most pressing first, breached ones in red', async () => {
    const server = createFakeServer([], {
      cases: [
        buildCase({ number: 1001, title: 'Wait times', dueAt: minutesFromNow(90) }),
        buildCase({
          number: 1002,
          title: 'Chest pain question',
          priority: 'CRITICAL',
          category: 'NURSE_LINE_QUESTION',
          team: 'NURSING',
          assigneeId: 'user-2',
          assigneeName: 'Sam Rivera',
          status: 'IN_PROGRESS',
          dueAt: minutesFromNow(-5),
        }),
        buildCase({ number: 1003, title: 'Closed matter', status: 'RESOLVED' }),
      ],
    });
    renderApp({ server, path: '/cases' });

    const rows = await findRows();
    expect(rows.map((row) => within(row).getAllByRole('link')[0].textContent)).toEqual([
      'C-1002',
      'C-1001',
    ]);
    expect(screen.getByText('2 cases')).toBeInTheDocument();
    const [breached, onTrack] = rows;
    expect(breached).toHaveAttribute('data-breached', 'true');
    // The clock is real: on a loaded machine a minute or more may pass before this line.
    expect(within(breached).getByText(/^Breached [5-9] min \d\d s ago$/)).toBeInTheDocument();
    expect(within(breached).getByText('Sam Rivera')).toBeInTheDocument();
    expect(within(breached).getByText('Medical question for the nurse line')).toBeInTheDocument();
    expect(within(breached).getByLabelText('Critical priority')).toBeInTheDocument();
    expect(onTrack).not.toHaveAttribute('data-breached');
    expect(within(onTrack).getByText(/^Due in 1 h (29|30) min$/)).toBeInTheDocument();
    expect(within(onTrack).getByText('Unassigned')).toBeInTheDocument();
  });

  it('counts down every second', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const server = createFakeServer([], {
        cases: [
          buildCase({ number: 1001, dueAt: new Date(Date.now() + 5.5 * 60_000).toISOString() }),
        ],
      });
      renderApp({ server, path: '/cases' });
      const [row] = await findRows();
      const countdown = within(row).getByText(/^Due in 5 min \d\d s$/);
      const before = countdown.textContent;
      jest.advanceTimersByTime(2_000);
      await waitFor(() => expect(countdown.textContent).not.toBe(before));
      jest.advanceTimersByTime(6 * 60_000);
      await waitFor(() => expect(row).toHaveAttribute('data-breached', 'true'));
      expect(within(row).getByText(/^Breached \d+ s ago$/)).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('filters by breached, mine and team through the URL', async () => {
    const server = createFakeServer([], {
      viewer: buildViewer({ id: 'user-2', displayName: 'Sam Rivera', role: 'AGENT' }),
      cases: [
        buildCase({ number: 1001, dueAt: minutesFromNow(-1), team: 'NURSING' }),
        buildCase({ number: 1002, assigneeId: 'user-2', assigneeName: 'Sam Rivera' }),
        buildCase({ number: 1003, team: 'NURSING' }),
      ],
    });
    const { user, searchParams } = renderApp({ server, path: '/cases' });
    expect(await findRows()).toHaveLength(3);

    await user.click(screen.getByRole('checkbox', { name: 'Breached' }));
    await waitFor(() => expect(searchParams().get('breached')).toBe('1'));
    await waitFor(async () => expect(await findRows()).toHaveLength(1));
    expect(server.cases.calls.cases.at(-1)?.filter).toMatchObject({ breached: true });

    await user.click(screen.getByRole('checkbox', { name: 'Breached' }));
    await user.click(screen.getByRole('checkbox', { name: 'Assigned to me' }));
    await waitFor(async () => {
      const rows = await findRows();
      expect(rows.map((row) => within(row).getAllByRole('link')[0].textContent)).toEqual([
        'C-1002',
      ]);
    });
    expect(searchParams().toString()).toBe('mine=1');
  });

  it('restores the filters from the URL and explains when nothing matches', async () => {
    const server = createFakeServer([], { cases: [buildCase({ number: 1001 })] });
    const { user, searchParams } = renderApp({ server, path: '/cases?team=nursing' });

    expect(await screen.findByText('No cases match')).toBeInTheDocument();
    expect(server.cases.calls.cases[0]?.filter).toMatchObject({ team: ['NURSING'] });
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    expect(await findRows()).toHaveLength(1);
    expect(searchParams().toString()).toBe('');
  });

  it('says how to open a case when there are none', async () => {
    renderApp({ server: createFakeServer([]), path: '/cases' });
    expect(await screen.findByText('No open cases')).toBeInTheDocument();
    expect(screen.getByText(/press Escalate \(e\)/)).toBeInTheDocument();
  });

  it('shows a safe error and retries', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const server = createFakeServer([], { cases: [buildCase({ number: 1001 })] });
    server.cases.state.failWith = 'INTERNAL';
    const { user } = renderApp({ server, path: '/cases' });
    expect(await screen.findByText('Could not load the cases')).toBeInTheDocument();
    expect(screen.getByText(ERROR_MESSAGES.INTERNAL)).toBeInTheDocument();
    server.cases.state.failWith = null;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findRows()).toHaveLength(1);
    errors.mockRestore();
  });

  it('lets a manager change an SLA policy, and shows it read-only to agents', async () => {
    const server = createFakeServer([], { viewer: buildViewer({ role: 'MANAGER' }) });
    const { user } = renderApp({ server, path: '/cases' });
    await user.click(await screen.findByRole('button', { name: 'SLA policies' }));
    const dialog = await screen.findByRole('dialog', { name: 'SLA policies' });
    const high = await within(dialog).findByRole('textbox', { name: 'Minutes for high urgency' });
    expect(high).toHaveValue('60');
    const save = within(dialog).getByRole('button', { name: 'Save the high deadline' });
    expect(save).toBeDisabled();

    await user.clear(high);
    await user.type(high, '30');
    await user.click(save);
    await waitFor(() =>
      expect(server.cases.calls.updateSlaPolicy).toEqual([{ urgency: 'HIGH', minutes: 30 }]),
    );

    const low = within(dialog).getByRole('textbox', { name: 'Minutes for low urgency' });
    await user.type(low, '0');
    expect(
      within(dialog).getByText('Whole minutes from 1 to 43200, or empty for no deadline'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save the low deadline' })).toBeDisabled();
  });

  it('shows the SLA policies without editing to an agent', async () => {
    const server = createFakeServer([], { viewer: buildViewer({ role: 'AGENT' }) });
    const { user } = renderApp({ server, path: '/cases' });
    await user.click(await screen.findByRole('button', { name: 'SLA policies' }));
    const dialog = await screen.findByRole('dialog', { name: 'SLA policies' });
    expect(
      await within(dialog).findByText('Only managers and admins can change the deadlines.'),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByText('15 min')).toHaveLength(2);
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
