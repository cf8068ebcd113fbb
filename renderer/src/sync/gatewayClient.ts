/**
 * The workbench's side of the sync API (shared/sync): every request and every response body checked
 * against the one set of zod schemas the gateway uses too (SECURITY.md E9). The access token comes
 * from the session (syncSession.ts), which refreshes it once on a 401 before giving up. Every response
 * carries the gateway's clock (X-Server-Time), reported so the engine can flag clock skew (C4).
 */
import type { z } from 'zod';
import { UPLOAD_CHECKSUM_HEADER, UPLOAD_CONTENT_TYPE, UPLOAD_OFFSET_HEADER, UploadStateSchema } from '@shared/sync/blobProtocol';
import type { CreateUploadRequest, UploadState } from '@shared/sync/blobProtocol';
import {
  API_PREFIX,
  AssignmentsResponseSchema,
  ContextPackSchema,
  ErrorResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  SERVER_TIME_HEADER,
  SessionResponseSchema,
  type PullQuery,
  type PushRequest,
  type SessionResponse,
  type SignInRequest,
} from '@shared/sync/protocol';
import { GatewayError, parseRetryAfter } from './gatewayErrors';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TokenSource {
  /** The current access token, or null when not signed in. */
  accessToken(): Promise<string | null>;
  /** Exchanges the refresh token; false when the session has ended. */
  refresh(): Promise<boolean>;
}

export interface GatewayClientOptions {
  baseUrl: string;
  fetch?: FetchLike;
  tokens?: TokenSource;
  /** Called with the gateway's clock and this device's clock at the moment the answer arrived. */
  onServerTime?: (serverMs: number, deviceMs: number) => void;
  now?: () => number;
  timeoutMs?: number;
}

interface RequestOptions {
  query?: Record<string, string>;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  auth?: boolean;
}

/** Normalises what a person typed as the gateway's address: http(s) only, no trailing slash. */
export function normaliseGatewayUrl(text: string): string {
  const url = new URL(text.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The gateway address must start with https://.');
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    throw new Error('The gateway address must use https:// (plain http is only for a gateway on this computer).');
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export class GatewayClient {
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;

  constructor(private readonly options: GatewayClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? (() => Date.now());
  }

  signIn(request: SignInRequest): Promise<SessionResponse> {
    return this.json('POST', '/sessions', SessionResponseSchema, { json: request, auth: false });
  }

  refresh(refreshToken: string): Promise<SessionResponse> {
    return this.json('POST', '/sessions/refresh', SessionResponseSchema, { json: { refreshToken }, auth: false });
  }

  async signOut(refreshToken: string): Promise<void> {
    await this.send('POST', '/sessions/sign-out', { json: { refreshToken }, auth: false });
  }

  assignments() {
    return this.json('GET', '/assignments', AssignmentsResponseSchema);
  }

  contextPack(inspectionId: string) {
    return this.json('GET', `/assignments/${encodeURIComponent(inspectionId)}/context-pack`, ContextPackSchema);
  }

  push(request: PushRequest) {
    return this.json('POST', '/changes', PushResponseSchema, { json: request });
  }

  pull(query: Partial<PullQuery>) {
    const params: Record<string, string> = {};
    if (query.since !== undefined) params['since'] = query.since;
    if (query.limit !== undefined) params['limit'] = String(query.limit);
    if (query.inspectionId !== undefined) params['inspectionId'] = query.inspectionId;
    if (query.excludeOwnDevice !== undefined) params['excludeOwnDevice'] = query.excludeOwnDevice;
    return this.json('GET', '/changes', PullResponseSchema, { query: params });
  }

  createUpload(request: CreateUploadRequest): Promise<UploadState> {
    return this.json('POST', '/blobs/uploads', UploadStateSchema, { json: request });
  }

  uploadState(location: string): Promise<UploadState> {
    return this.json('GET', this.relative(location), UploadStateSchema);
  }

  /** Appends one chunk at `offset`; a 409 answers with the offset the gateway really holds. */
  async appendChunk(location: string, offset: number, chunk: Uint8Array, checksum: string): Promise<UploadState | { offset: number }> {
    try {
      return await this.json('PATCH', this.relative(location), UploadStateSchema, {
        bytes: chunk,
        headers: {
          'content-type': UPLOAD_CONTENT_TYPE,
          [UPLOAD_OFFSET_HEADER]: String(offset),
          [UPLOAD_CHECKSUM_HEADER]: `sha256 ${checksum}`,
        },
      });
    } catch (error) {
      if (error instanceof GatewayError && error.details.status === 409) {
        const state = await this.uploadState(location);
        return { offset: state.offset };
      }
      throw error;
    }
  }

  async blob(sha256: string): Promise<Uint8Array> {
    const response = await this.send('GET', `/blobs/${sha256}`, {});
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Paths the gateway hands out (upload locations) may carry the API prefix; requests add it. */
  private relative(location: string): string {
    const path = location.startsWith('http') ? new URL(location).pathname : location;
    return path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
  }

  private async json<T extends z.ZodType>(method: string, path: string, schema: T, options: RequestOptions = {}): Promise<z.infer<T>> {
    const response = await this.send(method, path, options);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new GatewayError('invalid-response', `The gateway’s answer to ${method} ${path} is not JSON.`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new GatewayError(
        'invalid-response',
        `The gateway’s answer to ${method} ${path} does not match the sync protocol (${parsed.error.issues[0]?.message ?? 'invalid'}).`,
      );
    return parsed.data;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const first = await this.attempt(method, path, options);
    if (first.status !== 401 || options.auth === false || !this.options.tokens) return this.checked(first, method, path);
    // The access token may simply have expired: refresh once, then try again.
    if (!(await this.options.tokens.refresh()))
      throw new GatewayError('sign-in', 'Your gateway session has ended. Sign in again; nothing waiting to be sent is lost.', { status: 401 });
    return this.checked(await this.attempt(method, path, options), method, path);
  }

  private async attempt(method: string, path: string, options: RequestOptions): Promise<Response> {
    const url = new URL(`${this.options.baseUrl}${API_PREFIX}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.auth !== false && this.options.tokens) {
      const token = await this.options.tokens.accessToken();
      if (!token) throw new GatewayError('sign-in', 'Sign in to the agency gateway to sync.', { status: 401 });
      headers['authorization'] = `Bearer ${token}`;
    }
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.bytes) {
      body = options.bytes as Uint8Array<ArrayBuffer>;
    }
    let response: Response;
    try {
      response = await this.fetchImpl(url.toString(), {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000),
      });
    } catch (error) {
      throw new GatewayError('unreachable', `The gateway at ${this.options.baseUrl} cannot be reached (${describe(error)}).`);
    }
    const serverTime = response.headers.get(SERVER_TIME_HEADER);
    if (serverTime && !Number.isNaN(Date.parse(serverTime))) this.options.onServerTime?.(Date.parse(serverTime), this.now());
    return response;
  }

  private async checked(response: Response, method: string, path: string): Promise<Response> {
    if (response.ok) return response;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    let message = `The gateway answered ${response.status} to ${method} ${path}.`;
    let code: string | undefined;
    try {
      const parsed = ErrorResponseSchema.safeParse(await response.json());
      if (parsed.success) {
        message = parsed.data.message;
        code = parsed.data.error;
      }
    } catch {
      // Not a JSON error body (a proxy's page, say): the status line says enough.
    }
    const details = { status: response.status, ...(code ? { code } : {}), ...(retryAfterMs !== null ? { retryAfterMs } : {}) };
    if (response.status === 401) throw new GatewayError('sign-in', message, details);
    if (response.status === 429 || response.status >= 500) throw new GatewayError('retry-later', message, details);
    throw new GatewayError('refused', message, details);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'TimeoutError' ? 'no answer in time' : error.message;
  return String(error);
}
