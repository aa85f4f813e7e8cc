import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api-client';
import { recordingsSchema, sessionRecordingsQueryKey } from './schemas';

/** `GET /api/sessions/{id}/recordings` → the recordings, for the program's participants and staff (others get []). */
export function getSessionRecordings(sessionId: number, signal?: AbortSignal) {
  return apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/recordings`, { schema: recordingsSchema, signal });
}

export function useSessionRecordings(sessionId: number) {
  return useQuery({
    queryKey: sessionRecordingsQueryKey(sessionId),
    queryFn: ({ signal }) => getSessionRecordings(sessionId, signal),
  });
}
