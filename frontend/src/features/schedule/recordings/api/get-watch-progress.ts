import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api-client';
import { watchProgressQueryKey, watchProgressSchema } from './schemas';

/**
 * `GET /api/recordings/{id}/progress` → WatchProgress for the program's admitted participants;
 * 403 not_a_participant for anyone else (staff included), 404 for an unknown recording.
 */
export function getWatchProgress(recordingId: number, signal?: AbortSignal) {
  return apiRequest(`/api/recordings/${encodeURIComponent(recordingId)}/progress`, { schema: watchProgressSchema, signal });
}

/** Succeeds only for a participant: then the player reports what they watch. */
export function useWatchProgress(recordingId: number) {
  return useQuery({
    queryKey: watchProgressQueryKey(recordingId),
    queryFn: ({ signal }) => getWatchProgress(recordingId, signal),
    // Kept current by the reports' answers, not by refetching.
    staleTime: Infinity,
  });
}
