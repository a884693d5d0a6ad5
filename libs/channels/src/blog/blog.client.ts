import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions, createHttpClient } from '../connector-options';
import { type HttpAuth, type HttpClient, type HttpResponse } from '../http/http-client';
import { requireCredential } from '../shared/account-settings';
import { classifyBlogError } from './blog.errors';
import { type WordPressComment } from './blog.mapper';

export interface WordPressPage {
  comments: WordPressComment[];
  totalPages: number;
}

const PAGE_SIZE = 100;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The WordPress REST calls (CHANNELS.md §7) for one site, authenticated with an Application
 * Password over Basic auth. Each site is its own API, rooted at `{siteUrl}/wp-json` unless
 * `settings.apiRoot` says otherwise (an API served from another path or host).
 */
export class BlogClient {
  private readonly clients = new Map<string, HttpClient>();

  constructor(private readonly options: ConnectorOptions) {}

  async listComments(
    account: ChannelAccount,
    request: { status: string; after: string; page: number; signal?: AbortSignal },
  ): Promise<WordPressPage> {
    const response = await this.http(account).request<WordPressComment[] | undefined>({
      method: 'GET',
      path: '/wp/v2/comments',
      query: {
        context: 'edit',
        status: request.status,
        type: 'comment',
        orderby: 'date_gmt',
        order: 'asc',
        after: request.after,
        per_page: PAGE_SIZE,
        page: request.page,
      },
      auth: blogAuth(account),
      signal: request.signal,
    });
    return toWordPressPage(response);
  }

  /**
   * One page of the replies by `author` under `parent` on `post`, newest first: used to find a
   * reply of ours whose outcome is unknown. `after` is optional because WordPress compares it
   * with the site-local `comment_date`, so callers widen it and check `date_gmt` themselves.
   */
  async listReplies(
    account: ChannelAccount,
    request: { post: number; parent: number; author: number; after?: string; page: number },
  ): Promise<WordPressPage> {
    const response = await this.http(account).request<WordPressComment[] | undefined>({
      method: 'GET',
      path: '/wp/v2/comments',
      query: {
        context: 'edit',
        post: request.post,
        parent: request.parent,
        author: request.author,
        after: request.after,
        orderby: 'date_gmt',
        order: 'desc',
        per_page: PAGE_SIZE,
        page: request.page,
      },
      auth: blogAuth(account),
    });
    return toWordPressPage(response);
  }

  async getComment(
    account: ChannelAccount,
    commentId: string,
  ): Promise<WordPressComment | undefined> {
    const response = await this.http(account).request<WordPressComment | undefined>({
      method: 'GET',
      path: `/wp/v2/comments/${encodeURIComponent(commentId)}`,
      query: { context: 'edit' },
      auth: blogAuth(account),
    });
    return response.body;
  }

  async getOwnUserId(account: ChannelAccount): Promise<number> {
    const response = await this.http(account).request<{ id?: unknown } | undefined>({
      method: 'GET',
      path: '/wp/v2/users/me',
      auth: blogAuth(account),
    });
    if (typeof response.body?.id !== 'number') {
      throw new ChannelError('transient', 'blog: users/me returned no id');
    }
    return response.body.id;
  }

  async createComment(
    account: ChannelAccount,
    comment: { post: number; parent: number; content: string },
  ): Promise<WordPressComment> {
    const response = await this.http(account).request<WordPressComment | undefined>({
      method: 'POST',
      path: '/wp/v2/comments',
      // Approved at once: the Bedside user moderates the site and a human approved the text.
      json: { ...comment, status: 'approved' },
      auth: blogAuth(account),
    });
    if (typeof response.body?.id !== 'number') {
      throw new ChannelError('transient', 'blog: create comment response carried no id');
    }
    return response.body;
  }

  async setStatus(
    account: ChannelAccount,
    commentId: string,
    status: 'hold' | 'approved',
  ): Promise<void> {
    await this.http(account).request<WordPressComment | undefined>({
      method: 'POST',
      path: `/wp/v2/comments/${encodeURIComponent(commentId)}`,
      json: { status },
      auth: blogAuth(account),
    });
  }

  /** Moves to the trash, or deletes for good with `force` (our own replies). */
  async deleteComment(account: ChannelAccount, commentId: string, force: boolean): Promise<void> {
    await this.http(account).request<unknown>({
      method: 'DELETE',
      path: `/wp/v2/comments/${encodeURIComponent(commentId)}`,
      query: { force: force ? 'true' : undefined },
      auth: blogAuth(account),
    });
  }

  private http(account: ChannelAccount): HttpClient {
    const apiRoot = apiRootOf(account);
    let client = this.clients.get(apiRoot);
    if (!client) {
      client = createHttpClient({
        platform: 'blog',
        defaultBaseUrl: apiRoot,
        connector: { ...this.options, baseUrl: apiRoot },
        classifyError: classifyBlogError,
      });
      this.clients.set(apiRoot, client);
    }
    return client;
  }
}

function toWordPressPage(response: HttpResponse<WordPressComment[] | undefined>): WordPressPage {
  const totalPages = Number(response.headers.get('x-wp-totalpages') ?? '1');
  return {
    comments: Array.isArray(response.body) ? response.body : [],
    totalPages: Number.isFinite(totalPages) && totalPages > 0 ? totalPages : 1,
  };
}

// Basic auth sends the application password with every request, so plain HTTP is refused
// except to this machine (local development and tests).
function apiRootOf(account: ChannelAccount): string {
  const configured = account.settings.apiRoot;
  const root = (
    typeof configured === 'string'
      ? configured
      : `${account.accountRef.replace(/\/+$/, '')}/wp-json`
  ).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(root);
  } catch (error) {
    throw new ChannelError('invalid', `blog account ${account.id} has an invalid site URL`, {
      cause: error,
    });
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  ) {
    throw new ChannelError('invalid', `blog account ${account.id} must use an https site URL`);
  }
  return root;
}

function blogAuth(account: ChannelAccount): HttpAuth {
  return {
    scheme: 'basic',
    username: requireCredential(account, 'username'),
    password: requireCredential(account, 'applicationPassword'),
  };
}
