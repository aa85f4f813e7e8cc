import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { programSessionsQueryKey, sessionSchema } from './schemas';

/** `GET /api/programs/{id}/sessions` → the program's sessions in time order. */
export function getProgramSessions(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/sessions`, { schema: z.array(sessionSchema), signal });
}

export function useProgramSessions(programId: number) {
  return useQuery({
    queryKey: programSessionsQueryKey(programId),
    queryFn: ({ signal }) => getProgramSessions(programId, signal),
  });
}
