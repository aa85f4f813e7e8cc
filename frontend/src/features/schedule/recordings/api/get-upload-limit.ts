import { useQuery } from '@tanstack/react-query';
import { uploadLimitQueryKey } from './schemas';

/**
 * `OPTIONS /api/uploads` (tus discovery, anyone) → 204 with `Tus-Max-Size`: the largest recording in
 * bytes. Null when the server does not say (or cannot be asked): the texts then name no size.
 */
export async function getUploadLimit(signal?: AbortSignal): Promise<number | null> {
  try {
    const response = await fetch('/api/uploads', { method: 'OPTIONS', credentials: 'same-origin', signal });
    if (!response.ok) return null;
    const bytes = Number(response.headers.get('Tus-Max-Size') ?? '');
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return null;
  }
}

/** Asked once per page load: the limit is the server's configuration. */
export function useUploadLimit() {
  return useQuery({
    queryKey: uploadLimitQueryKey,
    queryFn: ({ signal }) => getUploadLimit(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
