import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions, createHttpClient } from '../connector-options';
import { type HttpClient, type QueryValue } from '../http/http-client';
import { classifyMetaError } from './meta-errors';
import {
  assertGraphSuccess,
  GRAPH_BASE_URL,
  graphAuth,
  type GraphList,
  graphPath,
  requireCreatedId,
} from './meta-graph';

/**
 * The Graph API requests Pages and Instagram make alike: list edges page by page, read a node,
 * create a child with a form, update or delete a node. Each carries the Page token as a Bearer
 * header and turns Graph errors into `ChannelError`s (CHANNELS.md §1.4–1.5); the platform
 * clients only say which edges and fields.
 */
export class MetaGraphClient {
  private readonly http: HttpClient;

  constructor(
    private readonly platform: 'facebook' | 'instagram',
    options: ConnectorOptions,
  ) {
    this.http = createHttpClient({
      platform,
      defaultBaseUrl: GRAPH_BASE_URL,
      connector: options,
      classifyError: classifyMetaError,
    });
  }

  /** One page of `/{id}/{edge}`; `after` is the previous page's `paging.cursors.after`. */
  async list<T>(
    account: ChannelAccount,
    request: {
      node: string;
      edge: string;
      query: Record<string, QueryValue>;
      after?: string;
      signal?: AbortSignal;
    },
  ): Promise<GraphList<T>> {
    const response = await this.http.request<GraphList<T> | undefined>({
      method: 'GET',
      path: graphPath(request.node, request.edge),
      query: { ...request.query, after: request.after },
      auth: graphAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async read<T>(account: ChannelAccount, node: string, fields: string): Promise<T | undefined> {
    const response = await this.http.request<T | undefined>({
      method: 'GET',
      path: graphPath(node),
      query: { fields },
      auth: graphAuth(account),
    });
    return response.body;
  }

  /**
   * Creates a child on `/{id}/{edge}` (a reply) and returns its id. The Instagram docs show
   * `message` as a query parameter; Graph takes the same parameters as a form body, which keeps
   * reply text out of URLs and access logs.
   */
  async create(
    account: ChannelAccount,
    request: { node: string; edge: string; form: Record<string, string> },
  ): Promise<string> {
    const response = await this.http.request<{ id?: unknown } | undefined>({
      method: 'POST',
      path: graphPath(request.node, request.edge),
      form: request.form,
      auth: graphAuth(account),
    });
    return requireCreatedId(response.body, this.platform);
  }

  /** Updates fields of a node (hide/unhide); `action` names it if Graph does not confirm. */
  async update(
    account: ChannelAccount,
    request: { node: string; form: Record<string, string>; action: string },
  ): Promise<void> {
    const response = await this.http.request<{ success?: boolean } | undefined>({
      method: 'POST',
      path: graphPath(request.node),
      form: request.form,
      auth: graphAuth(account),
    });
    assertGraphSuccess(response.body, this.platform, request.action);
  }

  async remove(account: ChannelAccount, node: string): Promise<void> {
    const response = await this.http.request<{ success?: boolean } | undefined>({
      method: 'DELETE',
      path: graphPath(node),
      auth: graphAuth(account),
    });
    assertGraphSuccess(response.body, this.platform, 'delete');
  }
}
