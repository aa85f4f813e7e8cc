import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { mySessionsQueryKey, sessionSchema } from './schemas';

/** `GET /api/me/sessions` → the sessions of every program the signed-in person is admitted to. */
export function getMySessions(signal?: AbortSignal) {
  return apiRequest('/api/me/sessions', { schema: z.array(sessionSchema), signal });
}

export function useMySessions() {
  return useQuery({ queryKey: mySessionsQueryKey, queryFn: ({ signal }) => getMySessions(signal) });
}
