import { screen, waitFor, within } from '@testing-library/react';

import type { AuditEventFilter } from '../gql/graphql';
import { buildViewer } from '../testing/fake-data';
import { buildStubSchema } from '../testing/graphql-schema';
import { renderPage } from '../testing/render-page';
import { AuditPage } from './AuditPage';

interface FakeAuditEvent {
  __typename: 'AuditEvent';
  id: string;
  seq: number;
  at: string;
  actorKind: 'USER' | 'TOKEN' | 'SYSTEM';
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: { __typename: 'AuditDetail'; key: string; value: string }[];
}

const ACTIONS = ['comment.status_changed', 'comment.phi_viewed', 'user.created'];

/** `count` events, newest (highest seq) first, cycling through ACTIONS. */
function buildEvents(count: number): FakeAuditEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const seq = count - index;
    return {
      __typename: 'AuditEvent' as const,
      id: `event-${seq}`,
      seq,
      at: new Date(Date.UTC(2026, 10, 23, 12, 0, seq)).toISOString(),
      actorKind: seq % 5 === 0 ? ('SYSTEM' as const) : ('USER' as const),
      actorId: seq % 5 === 0 ? null : 'user-2',
      actorName: seq % 5 === 0 ? null : 'Dana Whitfield',
      action: ACTIONS[seq % ACTIONS.length],
      targetType: 'comment',
      targetId: `comment-${seq}`,
      details: [
        { __typename: 'AuditDetail' as const, key: 'from', value: 'new' },
        { __typename: 'AuditDetail' as const, key: 'to', value: 'closed' },
      ],
    };
  });
}

function matches(event: FakeAuditEvent, filter: AuditEventFilter | null | undefined): boolean {
  const actions = filter?.actions ?? [];
  return (
    actions.length === 0 ||
    actions.some((action) =>
      action.endsWith('.') ? event.action.startsWith(action) : event.action === action,
    )
  );
}

interface AuditArgs {
  filter?: AuditEventFilter | null;
  first?: number | null;
  after?: string | null;
}

/** The audit API in memory: filters by action, pages by position, and logs each request. */
function createAuditApi(
  events: FakeAuditEvent[],
  chain: {
    intact: boolean;
    checkedCount: number;
    brokenAtSeq: number | null;
    reason: string | null;
  },
) {
  const calls = { auditEvents: [] as AuditArgs[] };
  const schema = buildStubSchema({
    Query: {
      auditActions: () => [...ACTIONS].sort(),
      auditActors: () => [
        { __typename: 'AuditActor', id: 'user-2', kind: 'USER', name: 'Dana Whitfield' },
      ],
      auditChainStatus: () => ({
        __typename: 'AuditChainStatus',
        ...chain,
        checkedAt: '2026-11-23T12:00:00.000Z',
      }),
      auditEvents: (_: unknown, args: AuditArgs) => {
        calls.auditEvents.push(args);
        const matching = events.filter((event) => matches(event, args.filter));
        const start = args.after ? Number(args.after) : 0;
        const first = args.first ?? 50;
        const page = matching.slice(start, start + first);
        return {
          __typename: 'AuditEventConnection',
          totalCount: matching.length,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: start + first < matching.length,
            hasPreviousPage: start > 0,
            startCursor: String(start + 1),
            endCursor: String(start + page.length),
          },
          edges: page.map((node, index) => ({
            __typename: 'AuditEventEdge',
            cursor: String(start + index + 1),
            node,
          })),
        };
      },
    },
  });
  return { schema, calls };
}

const INTACT = { intact: true, checkedCount: 12_345, brokenAtSeq: null, reason: null };

function renderAudit(api: ReturnType<typeof createAuditApi>, path = '/audit') {
  return renderPage({
    schema: api.schema,
    page: <AuditPage />,
    route: '/audit',
    path,
    viewer: buildViewer({ role: 'MANAGER' }),
  });
}

/** The body rows. A CSS query, not a role query: role queries over 60 rows are slow in jsdom. */
async function findEventRows(): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name: 'Audit events' });
  return [...table.querySelectorAll<HTMLElement>('tbody tr')];
}

describe('AuditPage', () => {
  it('shows events newest first with their details as text, and that the chain is intact', async () => {
    renderAudit(createAuditApi(buildEvents(3), INTACT));

    const rows = await findEventRows();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('#3');
    expect(rows[0]).toHaveTextContent('comment.status_changed');
    expect(rows[0]).toHaveTextContent('Dana Whitfield');
    expect(rows[0]).toHaveTextContent('from:new');
    expect(rows[0]).toHaveTextContent('to:closed');
    expect(within(rows[0]).getByRole('link', { name: 'comment-3' })).toHaveAttribute(
      'href',
      '/inbox/comment-3',
    );
    expect(await screen.findByText('Chain intact · 12,345 events checked')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 events')).toBeInTheDocument();
  });

  it('filters by action through the URL, and exports exactly that filter', async () => {
    const api = createAuditApi(buildEvents(9), INTACT);
    const { user, url } = renderAudit(api);
    await findEventRows();

    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'comment.*' }));

    await waitFor(() => expect(url()).toBe('/audit?action=comment.'));
    await waitFor(async () => expect(await findEventRows()).toHaveLength(6));
    expect(api.calls.auditEvents.at(-1)?.filter).toEqual({ actions: ['comment.'] });
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/audit-events.csv?actions=comment.',
    );
  });

  it('loads the next page on "Load more"', async () => {
    const { user } = renderAudit(createAuditApi(buildEvents(60), INTACT));
    expect(await findEventRows()).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 60 events')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 60 of 60 events')).toBeInTheDocument();
    const rows = await findEventRows();
    expect(rows).toHaveLength(60);
    expect(rows[59]).toHaveTextContent('#1');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows a broken chain in red, naming the first broken event', async () => {
    renderAudit(
      createAuditApi(buildEvents(2), {
        intact: false,
        checkedCount: 122,
        brokenAtSeq: 123,
        reason: 'event 123 was changed after it was written',
      }),
    );
    expect(await screen.findByText('Broken at #123')).toBeInTheDocument();
  });

  it('says when nothing matches, and clears the filters', async () => {
    const { user, url } = renderAudit(
      createAuditApi(buildEvents(3), INTACT),
      '/audit?action=auth.signed_in&from=2026-01-01&to=2026-01-02',
    );
    expect(await screen.findByText('No events match these filters')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear[clear.length - 1]);
    await waitFor(() => expect(url()).toBe('/audit'));
    expect(await findEventRows()).toHaveLength(3);
  });
});
