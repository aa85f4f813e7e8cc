import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DetailedError, Upload } from 'tus-js-client';
import { CSRF_HEADER, csrfToken } from '../../../../lib/api-client';
import { currentLanguage } from '../../../../lib/i18n';
import { readXhrProblem } from '../../../../lib/upload';
import { sessionRecordingsQueryKey } from '../api/schemas';

/** The server refuses PATCH bodies larger than this. */
export const CHUNK_SIZE = 64 * 1024 * 1024;
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000];

/** Codes the upload can end with; anything else is `failed` with the server's sentence when it sent one. */
export const UPLOAD_ERRORS = [
  'file_too_large',
  'recording_type_not_allowed',
  'storage_full',
  'upload_in_progress',
  'network_error',
] as const;

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading' | 'paused'; fileName: string; loaded: number; total: number }
  | { phase: 'done'; fileName: string }
  | {
      phase: 'failed';
      fileName: string;
      code: string | undefined;
      detail: string | undefined;
      /** The first field error's sentence, e.g. a 413's "larger than 4096 MB". */
      fieldMessage: string | undefined;
    };

const NO_RETRY = new Set([400, 403, 404, 413, 415, 507]);

type Failure = Pick<Extract<UploadState, { phase: 'failed' }>, 'code' | 'detail' | 'fieldMessage'>;

/** What a failed tus request answered, read as `uploadForm` reads a failed XHR; a bare 413 or 507 still gets its code. */
function problemOf(error: Error | DetailedError): Failure {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  if (!response) return { code: 'network_error', detail: undefined, fieldMessage: undefined };
  const status = response.getStatus();
  const problem = readXhrProblem({
    status,
    statusText: '',
    responseText: response.getBody(),
    getResponseHeader: (name) => response.getHeader(name) ?? null,
  });
  return {
    code: problem.code ?? (status === 413 ? 'file_too_large' : status === 507 ? 'storage_full' : undefined),
    detail: problem.detail,
    fieldMessage: problem.errors?.[0]?.message,
  };
}

/**
 * A resumable upload of one recording to a session over tus 1.0: a dropped connection is retried
 * and continues from the server's offset; the same file picked again (after a reload) resumes the
 * upload this browser started for this session.
 */
export function useRecordingUpload(sessionId: number) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const upload = useRef<Upload | null>(null);

  // Leaving the page pauses the upload; the server keeps what it has for a later resume.
  useEffect(() => () => void upload.current?.abort(), []);

  const start = useCallback(
    async (file: File) => {
      const fileName = file.name;
      setState({ phase: 'uploading', fileName, loaded: 0, total: file.size });
      // Loaded on the first upload only: learners, who never upload, do not download the client.
      const { Upload } = await import('tus-js-client');
      const next = new Upload(file, {
        endpoint: '/api/uploads',
        metadata: { filename: fileName, sessionId: String(sessionId) },
        chunkSize: CHUNK_SIZE,
        retryDelays: RETRY_DELAYS,
        storeFingerprintForResuming: true,
        removeFingerprintOnSuccess: true,
        // The session is part of the fingerprint: the same file sent to another session is another upload.
        fingerprint: (picked: File) =>
          Promise.resolve(['civitas-recording', sessionId, picked.name, picked.type, picked.size, picked.lastModified].join('-')),
        onBeforeRequest: async (request) => {
          // Read fresh each time: the server rotates the token at login and logout.
          const token = await csrfToken();
          if (token) request.setHeader(CSRF_HEADER, token);
          request.setHeader('Accept-Language', currentLanguage());
        },
        onShouldRetry: (error) => {
          const status = error.originalResponse?.getStatus() ?? 0;
          if (NO_RETRY.has(status)) return false;
          return status === 0 || status >= 500 || status === 409 || status === 423;
        },
        onProgress: (loaded, total) => setState({ phase: 'uploading', fileName, loaded, total }),
        onSuccess: () => {
          upload.current = null;
          setState({ phase: 'done', fileName });
          void queryClient.invalidateQueries({ queryKey: sessionRecordingsQueryKey(sessionId) });
        },
        onError: (error) => {
          upload.current = null;
          setState({ phase: 'failed', fileName, ...problemOf(error) });
        },
      });
      upload.current = next;
      const previous = await next.findPreviousUploads();
      const resumable = previous[0];
      if (resumable) next.resumeFromPreviousUpload(resumable);
      next.start();
    },
    [queryClient, sessionId],
  );

  const pause = useCallback(() => {
    void upload.current?.abort();
    setState((current) => (current.phase === 'uploading' ? { ...current, phase: 'paused' } : current));
  }, []);

  const resume = useCallback(() => {
    if (!upload.current) return;
    setState((current) => (current.phase === 'paused' ? { ...current, phase: 'uploading' } : current));
    upload.current.start();
  }, []);

  /** Gives the upload up: tus termination removes what the server has. */
  const cancel = useCallback(async () => {
    const current = upload.current;
    upload.current = null;
    setState({ phase: 'idle' });
    if (current) {
      try {
        await current.abort(true);
      } catch {
        // An upload that never reached the server has nothing to terminate; the server expires leftovers.
      }
    }
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, pause, resume, cancel, reset };
}
