// How the round add-on's connections talk to a round server (docs/PROTOCOL.md): route URLs, the
// nonce header, JSON bodies, and failures sorted into "try again later" and "tell the person".
// Server code: no element imports it (test/node/views.test.ts).

/** One problem the server listed in `data.errors`. */
export interface RemoteIssue {
  path: string;
  code: string;
  message: string;
}

export interface RemoteFailure {
  /** `network` when no answer came (offline, DNS, CORS, timeout); `http` for an error status. */
  kind: 'network' | 'http';
  /** The HTTP status, 0 for a network failure. */
  status: number;
  /** The server's `code` (`ge-round-closed`...), or `network`, `http-<status>`, `not-json`. */
  code: string;
  /** The server's message, in the language asked for; empty when it sent none. */
  message: string;
  errors: RemoteIssue[];
  /** The server's whole `data` object, for codes that carry more (`ge-plan-conflict`). */
  data: Record<string, unknown>;
  /** Seconds to wait before trying again, from a `Retry-After` header (429, 503), when there was one. */
  retryAfter?: number;
}

export type RemoteResult<T> = { ok: true; status: number; body: T } | { ok: false; failure: RemoteFailure };

export interface RemoteOptions {
  method?: 'GET' | 'PUT' | 'POST';
  body?: unknown;
  nonce?: string | null;
  lang?: string;
  /** Gives up after this long and reports a network failure (default 20 s). */
  timeoutMs?: number;
  /** More request headers (`X-GE-Code` for an invitation code); they cannot replace the ones above. */
  headers?: Record<string, string>;
}

/**
 * The URL of `segment` under the round's base URL. A base that carries its route in a
 * `rest_route` query parameter (WordPress without pretty permalinks) gets the segment added to
 * that parameter; any other base gets it added to its path.
 */
export function routeUrl(endpoint: string, segment = '', base = globalThis.document?.baseURI): string {
  const url = new URL(endpoint, base);
  if (!segment) return url.href;
  const route = url.searchParams.get('rest_route');
  if (route !== null) url.searchParams.set('rest_route', `${route.replace(/\/+$/, '')}/${segment}`);
  else url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment}`;
  return url.href;
}

/**
 * What a failed request means (PROTOCOL.md "Errors"), from its status and code; each connection says
 * it in its own states:
 * - `offline`: no answer, a 5xx, 408 or 429, or an answer that is not JSON (a proxy's or a login
 *   page's, not the server's): the server or the way to it failed: keep what is unsaved, try again later;
 * - `expired`: 401, or an expired nonce: the same request succeeds once the page is reloaded;
 * - `forbidden`: any other 403 (only a facilitator may do this; an invitation code not taken);
 * - `not-found`: 404, no such round;
 * - `closed`: `ge-round-closed`, the round takes no more responses;
 * - `conflict`: 409 `ge-plan-conflict`, the plan changed since the revision sent;
 * - `refused`: any other 4xx (the server refused the body: say why), or an endpoint that is no URL.
 */
export type FailureClass = 'offline' | 'expired' | 'forbidden' | 'not-found' | 'closed' | 'conflict' | 'refused';

export function classifyFailure({ status, code }: { status: number; code: string }): FailureClass {
  if (code === 'bad-endpoint') return 'refused';
  if (code === 'ge-round-closed') return 'closed';
  if (code === 'not-json' || status === 0 || status === 408 || status === 429 || status >= 500) return 'offline';
  if (status === 401 || code === 'rest_cookie_invalid_nonce' || code === 'rest_not_logged_in') return 'expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return status === 409 && code === 'ge-plan-conflict' ? 'conflict' : 'refused';
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

function issuesOf(value: unknown): RemoteIssue[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 100).map((e) => {
    const r = asRecord(e);
    return { path: String(r.path ?? ''), code: String(r.code ?? ''), message: String(r.message ?? '') };
  });
}

/** The headers `remote()` sets itself, whatever the case an option writes them in. */
const OWN_HEADERS = /^(accept|accept-language|content-type|x-wp-nonce)$/i;

/** `Retry-After` in seconds: a number of seconds, or an HTTP date. */
export function retryAfterOf(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : Math.ceil((Date.parse(value) - now) / 1000);
  return Number.isFinite(seconds) ? Math.max(0, seconds) : undefined;
}

function failure(kind: RemoteFailure['kind'], status: number, body: unknown, fallbackCode: string): RemoteFailure {
  const r = asRecord(body);
  const data = asRecord(r.data);
  const code = typeof r.code === 'string' && r.code ? r.code : fallbackCode;
  const message = typeof r.message === 'string' ? r.message : '';
  return { kind, status, code, message, errors: issuesOf(data.errors), data };
}

/** Sends one request to the round server. Never throws: every outcome is a RemoteResult. */
export async function remote<T = unknown>(endpoint: string, segment: string, options: RemoteOptions = {}): Promise<RemoteResult<T>> {
  let url: string;
  try {
    url = routeUrl(endpoint, segment);
  } catch {
    return { ok: false, failure: failure('http', 0, null, 'bad-endpoint') };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) if (!OWN_HEADERS.test(name)) headers[name] = value;
  headers.Accept = 'application/json';
  if (options.nonce) headers['X-WP-Nonce'] = options.nonce;
  if (options.lang) headers['Accept-Language'] = options.lang;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch {
    clearTimeout(timer);
    return { ok: false, failure: failure('network', 0, null, 'network') };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    clearTimeout(timer);
    return { ok: false, failure: failure('network', 0, null, 'network') };
  }
  clearTimeout(timer);
  let body: unknown = null;
  let parsed = true;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    parsed = false;
  }
  if (!response.ok) {
    const wait = retryAfterOf(response.headers.get('Retry-After'));
    return { ok: false, failure: { ...failure('http', response.status, body, `http-${response.status}`), ...(wait === undefined ? {} : { retryAfter: wait }) } };
  }
  // A 200 that is not JSON is a proxy's or a login page's answer, not the server's: try later.
  if (!parsed) return { ok: false, failure: failure('http', response.status, null, 'not-json') };
  return { ok: true, status: response.status, body: body as T };
}

/**
 * The nonce an element was given in its `nonce` attribute. Read through the standard `nonce`
 * property, which keeps the value where a Content-Security-Policy header makes the browser blank
 * the attribute itself once the element is in the page.
 */
export function nonceOf(el: HTMLElement): string | null {
  return el.nonce || el.getAttribute('nonce') || null;
}
