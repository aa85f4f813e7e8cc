import { CSRF_HEADER, csrfToken } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';

/** Where the backend serves the OpenAPI document it generates at build time. */
export const OPENAPI_URL = '/openapi/civitas.yml';

/** The part of swagger-client's request object that the interceptor touches. */
export interface SwaggerRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
  [key: string]: unknown;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Swagger UI's `requestInterceptor`: "Try it out" requests follow the same rules as the app's own
 * client — same-origin cookies, the UI language, and for state-changing methods the
 * `X-CSRF-Token` header echoing the `civitas_csrf` cookie (read fresh: the server rotates it at
 * login, signup and logout; fetched from `GET /api/auth/csrf` when missing).
 */
export async function prepareSwaggerRequest(request: SwaggerRequest): Promise<SwaggerRequest> {
  request.credentials = 'same-origin';
  const headers = (request.headers ??= {});
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'accept-language')) {
    headers['Accept-Language'] = currentLanguage();
  }
  const method = (request.method ?? 'GET').toUpperCase();
  if (!SAFE_METHODS.has(method)) {
    const token = await csrfToken().catch(() => undefined);
    if (token) headers[CSRF_HEADER] = token;
  }
  return request;
}

/** Auth endpoints (all POST-only) after which the signed-in person may have changed. */
export function changesSession(url: string): boolean {
  const path = new URL(url, window.location.origin).pathname;
  return ['/api/auth/login', '/api/auth/logout', '/api/auth/signup'].includes(path);
}
