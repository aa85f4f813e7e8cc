import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mockFetch } from '../testing/fetch-mock';
import { apiRequest, CSRF_HEADER } from './api-client';
import { i18n } from './i18n';
import { ApiError, parseRetryAfter } from './problem';

const okSchema = z.object({ ok: z.boolean() });

describe('apiRequest', () => {
  it('sends the CSRF cookie value as X-CSRF-Token on unsafe requests', async () => {
    document.cookie = 'civitas_csrf=token-123; path=/';
    const { calls } = mockFetch({ 'POST /api/things': { body: { ok: true } } });

    const result = await apiRequest('/api/things', { method: 'POST', body: { a: 1 }, schema: okSchema });

    expect(result).toEqual({ ok: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('token-123');
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.body).toEqual({ a: 1 });
  });

  it('lets a request outlive the page with keepalive, CSRF header included', async () => {
    document.cookie = 'civitas_csrf=token-123; path=/';
    const { fetchMock, calls } = mockFetch({ 'POST /api/things': { body: { ok: true } } });

    await apiRequest('/api/things', { method: 'POST', body: { a: 1 }, schema: okSchema, keepalive: true });

    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ keepalive: true, credentials: 'same-origin' });
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('token-123');
  });

  it('reads the cookie fresh before every request, because the server rotates it', async () => {
    document.cookie = 'civitas_csrf=first; path=/';
    const { calls } = mockFetch({
      'POST /api/auth/login': { body: { ok: true }, effect: () => (document.cookie = 'civitas_csrf=second; path=/') },
      'POST /api/auth/logout': { status: 204 },
    });

    await apiRequest('/api/auth/login', { method: 'POST', body: {}, schema: okSchema });
    await apiRequest('/api/auth/logout', { method: 'POST' });

    expect(calls.map((call) => call.headers.get(CSRF_HEADER))).toEqual(['first', 'second']);
  });

  it('fetches /api/auth/csrf first when the cookie is missing', async () => {
    const { calls } = mockFetch({
      'GET /api/auth/csrf': { status: 204, effect: () => (document.cookie = 'civitas_csrf=fresh; path=/') },
      'PUT /api/things': { body: { ok: true } },
    });

    await apiRequest('/api/things', { method: 'PUT', body: {}, schema: okSchema });

    expect(calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'GET /api/auth/csrf',
      'PUT /api/things',
    ]);
    expect(calls[1]?.headers.get(CSRF_HEADER)).toBe('fresh');
  });

  it('refreshes a stale token once when the server answers csrf_token_invalid', async () => {
    document.cookie = 'civitas_csrf=stale; path=/';
    const { calls } = mockFetch({
      'GET /api/auth/csrf': { status: 204, effect: () => (document.cookie = 'civitas_csrf=fresh; path=/') },
      'POST /api/things': ({ headers }) =>
        headers.get(CSRF_HEADER) === 'fresh'
          ? { body: { ok: true } }
          : { status: 403, body: { status: 403, code: 'csrf_token_invalid' } },
    });

    await expect(apiRequest('/api/things', { method: 'POST', schema: okSchema })).resolves.toEqual({ ok: true });
    expect(calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
      'POST /api/things',
      'GET /api/auth/csrf',
      'POST /api/things',
    ]);
  });

  it('sends no CSRF header and makes no CSRF call on GET', async () => {
    const { calls } = mockFetch({ 'GET /api/things': { body: { ok: true } } });

    await apiRequest('/api/things', { schema: okSchema, query: { q: 'Шевченко', role: undefined, page: 0 } });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
    expect(calls[0]?.url.searchParams.get('q')).toBe('Шевченко');
    expect(calls[0]?.url.searchParams.has('role')).toBe(false);
    expect(calls[0]?.url.searchParams.get('page')).toBe('0');
  });

  it('sends the UI language as Accept-Language', async () => {
    const { calls } = mockFetch({ 'GET /api/things': { body: { ok: true } } });

    await apiRequest('/api/things', { schema: okSchema });
    await i18n.changeLanguage('en');
    await apiRequest('/api/things', { schema: okSchema });

    expect(calls.map((call) => call.headers.get('Accept-Language'))).toEqual(['uk', 'en']);
  });

  it('parses problem+json into a typed ApiError with field errors and Retry-After', async () => {
    document.cookie = 'civitas_csrf=t; path=/';
    mockFetch({
      'POST /api/auth/signup': {
        status: 400,
        headers: { 'Retry-After': '120' },
        body: {
          type: 'https://civitas.example/problems/validation_failed',
          title: 'Validation failed',
          status: 400,
          detail: 'Перевірте введені дані.',
          code: 'validation_failed',
          errors: [{ field: 'password', code: 'too_short', message: 'Щонайменше 8 символів.' }],
        },
      },
    });

    const error = await apiRequest('/api/auth/signup', { method: 'POST', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.message).toBe('Перевірте введені дані.');
    expect(apiError.fieldErrors).toEqual({ password: 'Щонайменше 8 символів.' });
    expect(apiError.retryAfterSeconds).toBe(120);
  });

  it('turns a non-JSON failure into an ApiError with the status', async () => {
    mockFetch({ 'GET /api/things': { status: 502, body: undefined } });

    const error = await apiRequest('/api/things', { schema: okSchema }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).code).toBeUndefined();
  });

  it('rejects a response that does not match the schema', async () => {
    mockFetch({ 'GET /api/things': { body: { ok: 'yes' } } });

    const error = await apiRequest('/api/things', { schema: okSchema }).catch((e: unknown) => e);

    expect((error as ApiError).code).toBe('unexpected_response');
  });
});

describe('parseRetryAfter', () => {
  it('accepts seconds and HTTP dates', () => {
    expect(parseRetryAfter('90')).toBe(90);
    expect(parseRetryAfter(null)).toBeUndefined();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:05:00 GMT', now)).toBe(300);
  });
});
