import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { sessionChanged } from './session-changed';
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

/** Reads a session again past the cache (e.g. after a save refused as stale) and refreshes the lists it is in. */
export function useReloadSession() {
  const queryClient = useQueryClient();
  return useCallback(
    async (id: number) => {
      const fresh = await getSession(id);
      await sessionChanged(queryClient, fresh);
      return fresh;
    },
    [queryClient],
  );
}
