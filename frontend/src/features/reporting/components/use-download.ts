import { useEffect, useRef, useState } from 'react';
import { saveBlob } from '../../../lib/downloads';
import { downloadFile, type DownloadProgress } from '../api/download-file';

export interface DownloadRequest {
  /** Which button started it. */
  key: string;
  /** What people call the file, e.g. "Області (CSV)". */
  label: string;
  url: string;
  fallbackName: string;
}

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; request: DownloadRequest; progress: DownloadProgress }
  | { phase: 'done'; request: DownloadRequest; filename: string; size: number }
  | { phase: 'cancelled'; request: DownloadRequest }
  | { phase: 'failed'; request: DownloadRequest; error: unknown };

/**
 * One download at a time: streams the file with the bytes received so far, saves it when complete,
 * and can be cancelled (also when the screen is left).
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (request: DownloadRequest) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', request, progress: { loaded: 0, total: null } });
    try {
      const { blob, filename } = await downloadFile(
        request.url,
        request.fallbackName,
        (progress) => {
          if (!abort.signal.aborted) setState({ phase: 'running', request, progress });
        },
        abort.signal,
      );
      if (abort.signal.aborted) return;
      saveBlob(blob, filename);
      setState({ phase: 'done', request, filename, size: blob.size });
    } catch (error) {
      if (controller.current !== abort && controller.current !== null) return; // a newer download took over
      if (abort.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) setState({ phase: 'cancelled', request });
      else setState({ phase: 'failed', request, error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };
  const cancel = () => controller.current?.abort();
  return { state, start, cancel };
}
