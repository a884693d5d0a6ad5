import { CHANNEL_KINDS } from '@bedside/domain';

import { createConnector, createConnectorRegistry } from './connector-registry';
import { startLocalPlatformServer, testAccount, testNow } from './testing/local-platform-server';

describe('createConnectorRegistry', () => {
  it('has a connector of the right kind for every channel kind', () => {
    const registry = createConnectorRegistry({ now: testNow });
    expect(CHANNEL_KINDS.map((kind) => registry[kind].kind)).toEqual([...CHANNEL_KINDS]);
  });

  it.each([
    [
      'facebook',
      {
        webhooks: true,
        polling: true,
        reply: true,
        hide: true,
        delete: true,
        maxReplyLength: 8000,
      },
    ],
    [
      'instagram',
      {
        webhooks: true,
        polling: true,
        reply: true,
        hide: true,
        delete: true,
        maxReplyLength: 2200,
      },
    ],
    [
      'x',
      {
        webhooks: false,
        polling: true,
        reply: true,
        hide: true,
        delete: true,
        maxReplyLength: 280,
      },
    ],
    [
      'youtube',
      {
        webhooks: false,
        polling: true,
        reply: true,
        hide: true,
        delete: true,
        maxReplyLength: 10_000,
      },
    ],
    [
      'google_review',
      {
        webhooks: false,
        polling: true,
        reply: true,
        hide: false,
        delete: false,
        maxReplyLength: 4096,
      },
    ],
    [
      'blog',
      {
        webhooks: false,
        polling: true,
        reply: true,
        hide: true,
        delete: true,
        maxReplyLength: 65_525,
      },
    ],
    [
      'import',
      { webhooks: false, polling: false, refresh: false, reply: false, hide: false, delete: false },
    ],
  ] as const)('%s declares its capabilities', (kind, capabilities) => {
    expect(createConnector(kind, { now: testNow }).capabilities).toMatchObject(capabilities);
  });

  it('offers the optional methods exactly where the capabilities say so', () => {
    const registry = createConnectorRegistry({ now: testNow });
    const offered = CHANNEL_KINDS.map((kind) => {
      const connector = registry[kind];
      return [
        kind,
        (typeof connector.setHidden === 'function') === connector.capabilities.hide,
        (typeof connector.delete === 'function') === connector.capabilities.delete,
        (typeof connector.deleteReply === 'function') === connector.capabilities.deleteReply,
      ];
    });
    expect(offered).toEqual(CHANNEL_KINDS.map((kind) => [kind, true, true, true]));
  });

  it('points each platform at its configured base URL', async () => {
    const server = await startLocalPlatformServer(() => ({ body: { meta: { result_count: 0 } } }));
    try {
      const registry = createConnectorRegistry({
        now: testNow,
        baseUrls: { x: `${server.baseUrl}/2` },
      });
      await registry.x.fetchSince(
        testAccount({ kind: 'x', accountRef: '1400000000000000001' }),
        null,
      );
      expect(server.requests.map((request) => request.path)).toEqual([
        '/2/users/1400000000000000001/mentions',
      ]);
    } finally {
      await server.close();
    }
  });
});
