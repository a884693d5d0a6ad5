import { CHANNEL_KIND_LABELS, CONNECTION_HEALTH_LABELS } from '@bedside/domain';
import { ChannelConnectionsService, type ChannelStatus } from '@bedside/server';
import { type Command } from 'commander';

import { withServices } from '../context';

/** The columns of `channels status`, in order. */
const COLUMNS = [
  'channel',
  'platform',
  'account',
  'state',
  'health',
  'last item',
  'last poll',
  'next poll',
  'failures',
  'message',
] as const;

function when(value: Date | null | undefined, now: Date): string {
  if (!value) {
    return '-';
  }
  const seconds = Math.round((value.getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  const amount =
    magnitude < 90
      ? `${magnitude}s`
      : magnitude < 90 * 60
        ? `${Math.round(magnitude / 60)}m`
        : magnitude < 36 * 3600
          ? `${Math.round(magnitude / 3600)}h`
          : `${Math.round(magnitude / 86400)}d`;
  return seconds >= 0 ? `in ${amount}` : `${amount} ago`;
}

/** One table row; every value is plain text without credentials. */
export function statusRow(
  status: ChannelStatus,
  now: Date,
): Record<(typeof COLUMNS)[number], string> {
  const connection = status.connection;
  const state = connection ? connection.state : status.isSample ? 'sample' : 'import only';
  let health = '-';
  if (connection) {
    health = connection.health;
    if (connection.failingSince) {
      health += ` since ${connection.failingSince.toISOString().slice(0, 16).replace('T', ' ')}Z`;
    }
  }
  return {
    channel: status.displayName,
    platform: CHANNEL_KIND_LABELS[status.kind],
    account: status.accountRef ?? '-',
    state,
    health,
    'last item': when(connection?.lastItemAt, now),
    'last poll': when(connection?.lastPolledAt, now),
    'next poll':
      connection?.state === 'active'
        ? connection.nextPollAt
          ? when(connection.nextPollAt, now)
          : connection.health === 'token_expired'
            ? 'stopped: reconnect'
            : 'webhooks only'
        : '-',
    failures: connection ? String(connection.consecutiveFailures) : '-',
    message:
      connection?.healthMessage ?? (connection ? CONNECTION_HEALTH_LABELS[connection.health] : ''),
  };
}

function formatTable(rows: Record<string, string>[]): string {
  const widths = COLUMNS.map((column) =>
    Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(COLUMNS.map((column) => column.toUpperCase())),
    ...rows.map((row) => line(COLUMNS.map((column) => row[column] ?? ''))),
  ].join('\n');
}

export function registerChannelsCommands(program: Command): void {
  const channels = program
    .command('channels')
    .description('Connected channels: what is received, from where, and how it is going.');
  channels
    .command('status')
    .description(
      'Show every channel with its connection state, health, last item received and poll schedule.',
    )
    .option('--json', 'print JSON lines instead of a table')
    .option('--include-sample', 'include the demo channels of the sample data')
    .action(async (options: { json?: boolean; includeSample?: boolean }) => {
      await withServices(async (context) => {
        const now = new Date();
        const report = (await context.get(ChannelConnectionsService).statusReport()).filter(
          (status) => options.includeSample || !status.isSample,
        );
        if (options.json) {
          for (const status of report) {
            console.log(JSON.stringify(status));
          }
          return;
        }
        if (report.length === 0) {
          console.log(
            'No channels yet. Connect one on the Channels page (admin) or import a file.',
          );
          return;
        }
        console.log(formatTable(report.map((status) => statusRow(status, now))));
      });
    });
}
