import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { myProgramSchema, myProgramsQueryKey } from './schemas';

/** `GET /api/me/programs` → the learner's applications, one per program. */
export function getMyPrograms(signal?: AbortSignal) {
  return apiRequest('/api/me/programs', { schema: z.array(myProgramSchema), signal });
}

export function useMyPrograms(enabled = true) {
  return useQuery({ queryKey: myProgramsQueryKey, queryFn: ({ signal }) => getMyPrograms(signal), enabled });
}
