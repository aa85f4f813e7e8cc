import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CSRF_HEADER, csrfToken } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';
import { ApiError, parseRetryAfter, problemSchema, type Problem } from '../../../lib/problem';
import { materialSchema, materialsQueryKey, type Material, type MaterialVisibility } from './schemas';

/** 413: the file is larger than the server accepts; `errors` names `file`. */
export const FILE_TOO_LARGE = 'file_too_large';
/** 415: neither the content nor the extension is PDF, DOCX, PPTX, XLSX, PNG or JPEG; `errors` names `file`. */
export const FILE_TYPE_NOT_ALLOWED = 'file_type_not_allowed';
/** For the file picker; the server checks the content as well. */
export const MATERIAL_FILE_ACCEPT = '.pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg';
const CSRF_INVALID = 'csrf_token_invalid';

export interface UploadMaterialInput {
  title: string;
  visibility: MaterialVisibility;
  /** null: the material belongs to the whole program. */
  moduleId: number | null;
  file: File;
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, whole numbers. */
  percent: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it aborts the request; the promise then rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * `POST /api/programs/{id}/materials` as multipart/form-data → 201 Material.
 * The parts go in the order the server needs: title, visibility, moduleId (when set), then the file
 * last, so it streams straight to storage. XMLHttpRequest rather than fetch, because only it reports
 * upload progress. Failures reject with an {@link ApiError} as `apiRequest` would: 413
 * {@link FILE_TOO_LARGE}, 415 {@link FILE_TYPE_NOT_ALLOWED}, 400 validation_failed with field errors.
 */
export async function uploadMaterial(programId: number, input: UploadMaterialInput, options: UploadOptions = {}): Promise<Material> {
  const url = `/api/programs/${encodeURIComponent(programId)}/materials`;
  const send = async (refreshCsrf: boolean) => {
    const token = await csrfToken(options.signal, refreshCsrf);
    return sendForm(url, formData(input), token, options);
  };
  let body: unknown;
  try {
    body = await send(false);
  } catch (error) {
    // A stale CSRF cookie is refused before any byte of the file is stored: get a fresh token, try once more.
    if (!(error instanceof ApiError && error.status === 403 && error.code === CSRF_INVALID)) throw error;
    body = await send(true);
  }
  const parsed = materialSchema.safeParse(body);
  if (!parsed.success) {
    console.warn(`Unexpected response from POST ${url}`, parsed.error.issues);
    throw new ApiError(201, { status: 201, code: 'unexpected_response' });
  }
  return parsed.data;
}

function formData(input: UploadMaterialInput): FormData {
  const form = new FormData();
  form.append('title', input.title);
  form.append('visibility', input.visibility);
  if (input.moduleId !== null) form.append('moduleId', String(input.moduleId));
  form.append('file', input.file, input.file.name);
  return form;
}

function sendForm(url: string, body: FormData, csrf: string | undefined, options: UploadOptions): Promise<unknown> {
  const { onProgress, signal } = options;
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
          else resolve(json);
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
export function readXhrProblem(xhr: Pick<XMLHttpRequest, 'status' | 'statusText' | 'responseText' | 'getResponseHeader'>): Problem {
  const fallback: Problem = { status: xhr.status, title: xhr.statusText || undefined };
  if (!(xhr.getResponseHeader('Content-Type') ?? '').includes('json')) return fallback;
  const parsed = problemSchema.safeParse(parseJson(xhr.responseText));
  return parsed.success ? { status: xhr.status, ...parsed.data } : fallback;
}

/**
 * Uploads with live progress. `cancel()` aborts the upload under way (the mutation then fails with
 * an `AbortError`, see {@link isAbortError}); leaving the screen aborts it too.
 */
export function useUploadMaterial(programId: number) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (input: UploadMaterialInput) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress({ loaded: 0, total: input.file.size, percent: 0 });
      return uploadMaterial(programId, input, { onProgress: setProgress, signal: current.signal });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: materialsQueryKey(programId) });
    },
    onSettled: () => {
      controller.current = null;
      setProgress(null);
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  useEffect(() => () => controller.current?.abort(), []);
  return { ...mutation, progress, cancel };
}
