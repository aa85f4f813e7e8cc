import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { attemptQueryKey, attemptSchema } from './schemas';

/** `GET /api/attempts/{id}` → AttemptView: the questions with the answers kept so far, or the reviewed result. */
export function getAttempt(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/attempts/${encodeURIComponent(id)}`, { schema: attemptSchema, signal });
}

export function useAttempt(id: number) {
  return useQuery({
    queryKey: attemptQueryKey(id),
    queryFn: ({ signal }) => getAttempt(id, signal),
    enabled: Number.isInteger(id) && id > 0,
    // Answers given in another tab come back when this one is read again, never while answering.
    staleTime: Infinity,
  });
}
