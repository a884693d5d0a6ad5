import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

/** A Facebook Page comment as the Graph API returns it. */
export interface GraphCommentRecord {
  id: string;
  message: string;
  from: { id: string; name: string };
  created_time: string;
  parentId: string;
  postId: string;
  is_hidden?: boolean;
}

export interface RecordedCall {
  method: string;
  path: string;
  body: string;
}

export interface FakeGraphApi {
  /** Root to configure as the channel's base URL (with the Graph version, as the real one). */
  baseUrl: string;
  calls: RecordedCall[];
  posts: { id: string; created_time: string; updated_time: string }[];
  comments: GraphCommentRecord[];
  /** The next N requests answer with this failure instead (status, body, headers). */
  failNext(count: number, status: number, body: unknown, headers?: Record<string, string>): void;
  /** The next reply POST is stored, but its answer comes this late (a time-out after acceptance). */
  delayNextReply(ms: number): void;
  close(): Promise<void>;
}

/**
 * A stateful stand-in for the Facebook Graph API on loopback, speaking the CHANNELS.md §2 wire
 * format: published posts, comment streams, replies (the `/comments` edge of a comment), hiding and
 * deleting. Replies the Page posts are stored, so a later read finds them as the real API would.
 */
export async function startFakeGraphApi(pageId: string): Promise<FakeGraphApi> {
  const calls: RecordedCall[] = [];
  const posts: FakeGraphApi['posts'] = [];
  const comments: GraphCommentRecord[] = [];
  const failures: { status: number; body: unknown; headers: Record<string, string> }[] = [];
  let replyDelay = 0;
  let sequence = 0;

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks).toString('utf8');
      const method = request.method ?? 'GET';
      const parts = url.pathname.split('/').filter(Boolean).slice(1); // drop the version
      calls.push({ method, path: `/${parts.join('/')}`, body });
      const send = (
        status: number,
        payload: unknown,
        headers: Record<string, string> = {},
      ): void => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(payload));
      };
      const failure = failures.shift();
      if (failure) {
        send(failure.status, failure.body, failure.headers);
        return;
      }
      const [node, edge] = parts;
      if (method === 'GET' && node === pageId && edge === 'published_posts') {
        send(200, { data: posts, paging: {} });
        return;
      }
      if (method === 'GET' && node && edge === 'comments') {
        const isPost = posts.some((post) => post.id === node);
        const list = comments
          .filter((comment) => (isPost ? comment.postId === node : comment.parentId === node))
          .sort((a, b) => b.created_time.localeCompare(a.created_time))
          .map(({ parentId, postId, ...rest }) => ({
            ...rest,
            ...(parentId !== postId ? { parent: { id: parentId } } : {}),
          }));
        send(200, { data: list, paging: {} });
        return;
      }
      if (method === 'POST' && node && edge === 'comments') {
        const message = new URLSearchParams(body).get('message') ?? '';
        const parent = comments.find((comment) => comment.id === node);
        sequence += 1;
        const id = `${node.split('_')[0]}_reply${sequence}`;
        comments.push({
          id,
          message,
          from: { id: pageId, name: 'Riverbend Medical Center' },
          created_time: new Date().toISOString().replace('Z', '+0000'),
          parentId: node,
          postId: parent?.postId ?? node,
        });
        const delay = replyDelay;
        replyDelay = 0;
        setTimeout(() => send(200, { id }), delay).unref();
        return;
      }
      if (method === 'POST' && node && !edge) {
        const comment = comments.find((item) => item.id === node);
        if (!comment) {
          send(400, { error: { code: 100, message: 'Unsupported post request.' } });
          return;
        }
        comment.is_hidden = new URLSearchParams(body).get('is_hidden') === 'true';
        send(200, { success: true });
        return;
      }
      if (method === 'DELETE' && node) {
        const index = comments.findIndex((item) => item.id === node);
        if (index >= 0) {
          comments.splice(index, 1);
        }
        send(200, { success: true });
        return;
      }
      if (method === 'GET' && node) {
        const comment = comments.find((item) => item.id === node);
        send(comment ? 200 : 404, comment ?? { error: { code: 100, message: 'Not found' } });
        return;
      }
      send(404, { error: { code: 100, message: 'Unknown path' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v21.0`,
    calls,
    posts,
    comments,
    failNext(count, status, body, headers = {}) {
      for (let index = 0; index < count; index += 1) {
        failures.push({ status, body, headers });
      }
    },
    delayNextReply(ms) {
      replyDelay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A signed Meta `feed` delivery for one comment (CHANNELS.md §1.3, §2.1). */
export function metaDelivery(
  appSecret: string,
  pageId: string,
  change: {
    verb: 'add' | 'edited' | 'remove';
    commentId: string;
    postId: string;
    message?: string;
    createdTime: number;
    from?: { id: string; name: string };
  },
): { body: string; signature: string } {
  const body = JSON.stringify({
    object: 'page',
    entry: [
      {
        id: pageId,
        time: change.createdTime + 5,
        changes: [
          {
            field: 'feed',
            value: {
              item: 'comment',
              verb: change.verb,
              comment_id: change.commentId,
              post_id: change.postId,
              parent_id: change.postId,
              from: change.from ?? { id: '7712345678901234', name: 'Jordan Lee' },
              ...(change.message === undefined ? {} : { message: change.message }),
              created_time: change.createdTime,
            },
          },
        ],
      },
    ],
  });
  const signature = `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
  return { body, signature };
}

/** Posts a delivery to the webhook endpoint; resolves with the status. */
export async function deliver(
  url: string,
  delivery: { body: string; signature?: string },
): Promise<number> {
  const response = await fetch(`${url}/webhooks/facebook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(delivery.signature ? { 'x-hub-signature-256': delivery.signature } : {}),
    },
    body: delivery.body,
  });
  await response.arrayBuffer();
  return response.status;
}
