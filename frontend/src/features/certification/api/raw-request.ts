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

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name from `Content-Disposition`, or the fallback. */
export function attachmentName(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}
