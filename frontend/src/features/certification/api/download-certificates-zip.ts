import { attachmentName } from '../../../lib/downloads';
import { rawRequest } from './raw-request';
import { certificatesZipUrl } from './schemas';

export interface DownloadProgress {
  loaded: number;
  /** From `Content-Length`; null when the server did not say. */
  total: number | null;
}

/**
 * `GET /api/programs/{id}/certificates.zip`, read chunk by chunk so the screen can show how much of
 * it (by its exact `Content-Length`) has arrived; answers the archive and its file name.
 */
export async function downloadCertificatesZip(
  programId: number,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; filename: string }> {
  const response = await rawRequest(certificatesZipUrl(programId), { signal });
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const filename = attachmentName(response, `certificates-${programId}.zip`);
  const type = response.headers.get('Content-Type') ?? 'application/zip';
  onProgress({ loaded: 0, total });
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ loaded: blob.size, total: total ?? blob.size });
    return { blob, filename };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  return { blob: new Blob(chunks, { type }), filename };
}
