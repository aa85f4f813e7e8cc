import { currentLanguage } from '../../../lib/i18n';
import { ApiError, parseRetryAfter, readProblem } from '../../../lib/problem';
import { attachmentName } from '../../../lib/downloads';

export interface DownloadProgress {
  /** Bytes received so far. */
  loaded: number;
  /** From `Content-Length`; null when the server streams without one (large reports). */
  total: number | null;
}

/**
 * A report file (`report.csv`, `report.xlsx`, `donor-report.xlsx`) by plain GET, read chunk by chunk
 * so the screen can show the bytes received; answers the file and its name. Aborting `signal`
 * rejects with an `AbortError`. Errors are problem+json as everywhere else.
 */
export async function downloadFile(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'Accept-Language': currentLanguage() }, credentials: 'same-origin', signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    throw new ApiError(0, { status: 0, code: 'network_error' });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), parseRetryAfter(response.headers.get('Retry-After')));
  }
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const filename = attachmentName(response, fallbackName);
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  onProgress({ loaded: 0, total });
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ loaded: blob.size, total: total ?? blob.size });
    return { blob, filename };
  }
  const reader = response.body.getReader();
  const abort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', abort);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      if (done) break;
      chunks.push(value as Uint8Array<ArrayBuffer>);
      loaded += value.byteLength;
      onProgress({ loaded, total });
    }
  } catch (error) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (error instanceof ApiError || (error instanceof DOMException && error.name === 'AbortError')) throw error;
    throw new ApiError(0, { status: 0, code: 'network_error' });
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  return { blob: new Blob(chunks, { type }), filename };
}
