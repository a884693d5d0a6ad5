import { ChannelError } from '../channel-error';
import {
  type LocalPlatformServer,
  type RequestHandler,
  startLocalPlatformServer,
  testNow,
} from '../testing/local-platform-server';
import { HttpClient } from './http-client';

describe('HttpClient', () => {
  let server: LocalPlatformServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function clientFor(handler: RequestHandler, timeoutMs = 2_000): Promise<HttpClient> {
    server = await startLocalPlatformServer(handler);
    return new HttpClient({
      platform: 'test',
      baseUrl: `${server.baseUrl}/api/`,
      now: testNow,
      timeoutMs,
    });
  }

  it('joins the base URL and path, drops undefined query values and parses JSON', async () => {
    const client = await clientFor(() => ({ body: { ok: true } }));
    const response = await client.request<{ ok: boolean }>({
      method: 'GET',
      path: '/items',
      query: { a: 'x y', b: 2, c: undefined, d: false },
    });
    expect(response.body).toEqual({ ok: true });
    expect(server?.requests[0]?.path).toBe('/api/items');
    expect(Object.fromEntries(server?.requests[0]?.query ?? [])).toEqual({
      a: 'x y',
      b: '2',
      d: 'false',
    });
  });

  it('returns undefined for an empty 204 body', async () => {
    const client = await clientFor(() => ({ status: 204 }));
    await expect(client.request({ method: 'POST', path: '/x' })).resolves.toMatchObject({
      status: 204,
      body: undefined,
    });
  });

  it('sends Basic credentials as base64 of user:password', async () => {
    const client = await clientFor(() => ({ body: {} }));
    await client.request({
      method: 'GET',
      path: '/me',
      auth: { scheme: 'basic', username: 'ann', password: 'p w' },
    });
    expect(server?.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('ann:p w').toString('base64')}`,
    );
  });

  it('times out a slow platform as transient', async () => {
    const client = await clientFor(() => ({ body: {}, delayMs: 1_000 }), 50);
    const error = await client
      .request({ method: 'GET', path: '/slow' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({
      kind: 'transient',
      message: 'test: GET /slow failed: timed out after 50 ms',
    });
  });

  it('reports a caller abort as transient', async () => {
    const client = await clientFor(() => ({ body: {}, delayMs: 1_000 }));
    const controller = new AbortController();
    const pending = client.request({ method: 'GET', path: '/slow', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({
      kind: 'transient',
      message: 'test: GET /slow failed: aborted by the caller',
    });
  });

  it('reports a refused connection as transient', async () => {
    const client = await clientFor(() => ({ body: {} }));
    await server?.close();
    server = undefined;
    await expect(client.request({ method: 'GET', path: '/gone' })).rejects.toMatchObject({
      kind: 'transient',
    });
  });

  it('does not follow redirects, which would replay a POST as GET', async () => {
    const client = await clientFor(() => ({
      status: 301,
      headers: { location: 'https://elsewhere.example/' },
    }));
    await expect(
      client.request({ method: 'POST', path: '/reply', json: {} }),
    ).rejects.toMatchObject({
      kind: 'invalid',
      status: 301,
    });
    expect(server?.requests).toHaveLength(1);
  });

  it('treats a 2xx that is not JSON as transient (a proxy page, not the API)', async () => {
    const client = await clientFor(() => ({ body: '<html>maintenance</html>' }));
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({
      kind: 'transient',
    });
  });

  it.each([
    [400, 'invalid'],
    [401, 'auth_expired'],
    [403, 'permission'],
    [404, 'not_found'],
    [409, 'invalid'],
    [429, 'rate_limited'],
    [500, 'transient'],
    [502, 'transient'],
  ])('maps a bare HTTP %i to %s by default', async (status, kind) => {
    const client = await clientFor(() => ({ status }));
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({
      kind,
      status,
    });
  });
});
