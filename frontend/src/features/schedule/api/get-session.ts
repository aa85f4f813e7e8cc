import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey, sessionSchema } from './schemas';

/** `GET /api/sessions/{id}` → Session; 404 when it does not exist or the viewer may not see its program. */
export function getSession(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/sessions/${encodeURIComponent(id)}`, { schema: sessionSchema, signal });
}

export function useSession(id: number) {
  return useQuery({
    queryKey: sessionQueryKey(id),
    queryFn: ({ signal }) => getSession(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
