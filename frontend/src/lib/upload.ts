import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { CSRF_HEADER, csrfToken } from './api-client';
import { currentLanguage } from './i18n';
import { ApiError, parseRetryAfter, problemSchema, type Problem } from './problem';

const CSRF_INVALID = 'csrf_token_invalid';

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, whole numbers. */
  percent: number;
}

export interface UploadOptions<S extends z.ZodType> {
  /** Validates the JSON answer, as `apiRequest` does. */
  schema: S;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it aborts the request; the promise then rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * POSTs multipart/form-data with XMLHttpRequest, because only it reports upload progress; otherwise
 * it behaves like `apiRequest`: language, CSRF token (refreshed once on `csrf_token_invalid`),
 * same-origin cookies, problem+json failures as {@link ApiError}, zod-validated answers.
 * Leave `Content-Type` to the browser: it adds the multipart boundary.
 */
export async function uploadForm<S extends z.ZodType>(path: string, form: FormData, options: UploadOptions<S>): Promise<z.infer<S>> {
  const send = async (refreshCsrf: boolean) => {
    const token = await csrfToken(options.signal, refreshCsrf);
    return sendForm(path, form, token, options);
  };
  let result: { status: number; body: unknown };
  try {
    result = await send(false);
  } catch (error) {
    // A stale CSRF cookie is refused before the file is read: get a fresh token and try once more.
    if (!(error instanceof ApiError && error.status === 403 && error.code === CSRF_INVALID)) throw error;
    result = await send(true);
  }
  const parsed = options.schema.safeParse(result.body);
  if (!parsed.success) {
    console.warn(`Unexpected response from POST ${path}`, parsed.error.issues);
    throw new ApiError(result.status, { status: result.status, code: 'unexpected_response' });
  }
  return parsed.data as z.infer<S>;
}

function sendForm(
  url: string,
  body: FormData,
  csrf: string | undefined,
  { onProgress, signal }: Pick<UploadOptions<z.ZodType>, 'onProgress' | 'signal'>,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = (outcome: () => void) => {
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (event) => {
      if (!onProgress || !event.lengthComputable || event.total <= 0) return;
      onProgress({
        loaded: event.loaded,
        total: event.total,
        percent: Math.min(100, Math.floor((event.loaded / event.total) * 100)),
      });
    };
    xhr.onload = () =>
      settle(() => {
        if (xhr.status >= 200 && xhr.status < 300) {
          const json = parseJson(xhr.responseText);
          if (json === undefined) reject(new ApiError(xhr.status, { status: xhr.status, code: 'unexpected_response' }));
          else resolve({ status: xhr.status, body: json });
        } else {
          reject(new ApiError(xhr.status, readXhrProblem(xhr), parseRetryAfter(xhr.getResponseHeader('Retry-After'))));
        }
      });
    const networkError = () => settle(() => reject(new ApiError(0, { status: 0, code: 'network_error' })));
    xhr.onerror = networkError;
    xhr.ontimeout = networkError;
    xhr.onabort = () => settle(() => reject(new DOMException('The upload was cancelled.', 'AbortError')));
    signal?.addEventListener('abort', abort, { once: true });
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The problem+json of a failed upload; tolerates non-JSON bodies (proxies, crashes) like `readProblem`. */
export function readXhrProblem(
  xhr: Pick<XMLHttpRequest, 'status' | 'statusText' | 'responseText' | 'getResponseHeader'>,
): Problem {
  const fallback: Problem = { status: xhr.status, title: xhr.statusText || undefined };
  if (!(xhr.getResponseHeader('Content-Type') ?? '').includes('json')) return fallback;
  const parsed = problemSchema.safeParse(parseJson(xhr.responseText));
  return parsed.success ? { status: xhr.status, ...parsed.data } : fallback;
}

/**
 * The progress of one upload at a time, for a mutation: `track(size)` aborts any upload before it
 * and gives the options for the new one; `done()` goes back to idle (`progress` null); `cancel()`
 * aborts the upload under way (which then fails with an `AbortError`); leaving the screen aborts it too.
 */
export function useUploadTracker() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const track = useCallback((size: number) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress({ loaded: 0, total: size, percent: 0 });
    return { onProgress: setProgress, signal: current.signal };
  }, []);
  const done = useCallback(() => {
    controller.current = null;
    setProgress(null);
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  useEffect(() => () => controller.current?.abort(), []);
  return { progress, track, done, cancel };
}
