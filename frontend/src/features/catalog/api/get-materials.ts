import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { materialSchema, materialsQueryKey } from './schemas';

/**
 * `GET /api/programs/{id}/materials` → Material[] the caller may see (public ones for visitors,
 * participants' ones too for admitted learners, trainers and admins): program-wide first, then by
 * module and position.
 */
export function getMaterials(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/materials`, {
    schema: z.array(materialSchema),
    signal,
  });
}

export function useMaterials(programId: number) {
  return useQuery({
    queryKey: materialsQueryKey(programId),
    queryFn: ({ signal }) => getMaterials(programId, signal),
    enabled: Number.isInteger(programId) && programId > 0,
  });
}
