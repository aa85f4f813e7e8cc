import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { changeSchema, historyQueryKey } from './schemas';

/** `GET /api/sessions/{id}/attendance/history` → every change of the register, newest first. */
export function getHistory(sessionId: number, signal?: AbortSignal) {
  return apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/attendance/history`, {
    schema: z.array(changeSchema),
    signal,
  });
}

export function useHistory(sessionId: number, enabled: boolean) {
  return useQuery({
    queryKey: historyQueryKey(sessionId),
    queryFn: ({ signal }) => getHistory(sessionId, signal),
    enabled,
  });
}
