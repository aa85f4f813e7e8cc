import { vi } from 'vitest';

export interface MockResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs when the request is answered, e.g. to set a cookie as the server would. */
  effect?: () => void;
}

export type Handler = (request: { url: URL; method: string; headers: Headers; body: unknown }) => MockResponse;

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: unknown;
}

/** Stubs `fetch` with a "METHOD /path" → handler table; unknown routes answer 404 problem+json. */
export function mockFetch(routes: Record<string, Handler | MockResponse>) {
  const calls: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request = { url, method, headers, body };
    calls.push(request);
    const route = routes[`${method} ${url.pathname}`];
    const answer: MockResponse =
      route === undefined
        ? { status: 404, body: { status: 404, code: 'not_found', detail: `No mock for ${method} ${url.pathname}` } }
        : typeof route === 'function'
          ? route(request)
          : route;
    answer.effect?.();
    const status = answer.status ?? 200;
    const isProblem = status >= 400;
    const responseHeaders = new Headers(answer.headers);
    if (answer.body !== undefined && !responseHeaders.has('content-type')) {
      responseHeaders.set('content-type', isProblem ? 'application/problem+json' : 'application/json');
    }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: responseHeaders,
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
