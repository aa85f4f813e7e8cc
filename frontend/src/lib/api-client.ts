import type { z } from 'zod';
import { ApiError, parseRetryAfter, readProblem } from './problem';
import { currentLanguage } from './i18n';

export const CSRF_COOKIE = 'civitas_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const CSRF_INVALID = 'csrf_token_invalid';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

/**
 * The CSRF token is read fresh before every unsafe request because the server rotates it at
 * login, signup and logout. When the cookie is missing, `GET /api/auth/csrf` sets it.
 */
export async function csrfToken(signal?: AbortSignal, refresh = false): Promise<string | undefined> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing && !refresh) return existing;
  await fetchOrThrow('/api/auth/csrf', {
    method: 'GET',
    credentials: 'same-origin',
    headers: { 'Accept-Language': currentLanguage() },
    signal,
  });
  return readCookie(CSRF_COOKIE);
}

async function fetchOrThrow(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { status: 0, code: 'network_error' });
  }
  if (!response.ok) {
    throw new ApiError(
      response.status,
      await readProblem(response),
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }
  return response;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  /** Validates the JSON response; omit for endpoints answering 204. */
  schema?: S;
  signal?: AbortSignal;
  /** Lets the request outlive the page, e.g. a last report sent as the tab is hidden or closed. */
  keepalive?: boolean;
}

export function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Fetch wrapper: language, CSRF, same-origin cookies, problem+json errors, zod-validated bodies. */
export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<S extends z.ZodType ? z.infer<S> : void> {
  const method = options.method ?? 'GET';
  const send = async (refreshCsrf: boolean) => {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': currentLanguage(),
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (!SAFE_METHODS.has(method)) {
      const token = await csrfToken(options.signal, refreshCsrf);
      if (token) headers[CSRF_HEADER] = token;
    }
    return fetchOrThrow(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      keepalive: options.keepalive,
    });
  };

  let response: Response;
  try {
    response = await send(false);
  } catch (error) {
    // The cookie can go stale (e.g. another tab signed out); get a fresh token and try once more.
    if (!(error instanceof ApiError && error.status === 403 && error.code === CSRF_INVALID)) throw error;
    response = await send(true);
  }

  if (!options.schema || response.status === 204) {
    return undefined as S extends z.ZodType ? z.infer<S> : void;
  }
  const parsed = options.schema.safeParse(await response.json());
  if (!parsed.success) {
    console.warn(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError(response.status, { status: response.status, code: 'unexpected_response' });
  }
  return parsed.data as S extends z.ZodType ? z.infer<S> : void;
}
