import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema } from './schemas';

/** `GET /api/programs/{id}` → Program; 404 when it does not exist or the viewer may not see it. */
export function getProgram(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(id)}`, { schema: programSchema, signal });
}

export function useProgram(id: number) {
  return useQuery({
    queryKey: programQueryKey(id),
    queryFn: ({ signal }) => getProgram(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
