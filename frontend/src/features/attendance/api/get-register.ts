import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { entrySchema, registerQueryKey } from './schemas';

/** `GET /api/sessions/{id}/attendance` (administrators, the program's trainers) → every admitted participant's Entry; 403, 404. */
export function getRegister(sessionId: number, signal?: AbortSignal) {
  return apiRequest(`/api/sessions/${encodeURIComponent(sessionId)}/attendance`, { schema: z.array(entrySchema), signal });
}

export function useRegister(sessionId: number) {
  return useQuery({
    queryKey: registerQueryKey(sessionId),
    queryFn: ({ signal }) => getRegister(sessionId, signal),
    enabled: Number.isInteger(sessionId) && sessionId > 0,
  });
}
