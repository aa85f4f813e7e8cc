import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { certificationKeys, progressSchema } from './schemas';

/** `GET /api/me/programs/{id}/progress` → Progress: the signed-in learner's standing in a program. */
export function getMyProgress(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/me/programs/${encodeURIComponent(programId)}/progress`, { schema: progressSchema, signal });
}

export function useMyProgress(programId: number, enabled = true) {
  return useQuery({ queryKey: certificationKeys.myProgress(programId), queryFn: ({ signal }) => getMyProgress(programId, signal), enabled });
}
