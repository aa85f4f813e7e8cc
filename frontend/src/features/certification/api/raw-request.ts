import { CSRF_HEADER, csrfToken } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';
import { ApiError, parseRetryAfter, readProblem } from '../../../lib/problem';

const CSRF_INVALID = 'csrf_token_invalid';

interface RawOptions {
  method?: 'GET' | 'POST';
  /** JSON-encoded unless it is FormData (the browser then sets the multipart boundary). */
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * A request whose answer is not JSON (a PDF, a ZIP) or whose body is multipart: the same language,
 * CSRF and problem+json handling as `apiRequest`, answering the `Response` for the caller to read.
 */
export async function rawRequest(path: string, { method = 'GET', body, signal }: RawOptions = {}): Promise<Response> {
  const send = async (refreshCsrf: boolean) => {
    const headers: Record<string, string> = { 'Accept-Language': currentLanguage() };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    if (method !== 'GET') {
      const token = await csrfToken(signal, refreshCsrf);
      if (token) headers[CSRF_HEADER] = token;
    }
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, { status: 0, code: 'network_error' });
    }
    if (!response.ok) {
      throw new ApiError(response.status, await readProblem(response), parseRetryAfter(response.headers.get('Retry-After')));
    }
    return response;
  };
  try {
    return await send(false);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === CSRF_INVALID)) throw error;
    return send(true);
  }
}
