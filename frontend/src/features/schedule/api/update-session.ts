import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionChanged } from './session-changed';
import { sessionSchema, type SessionRequest } from './schemas';

export const STALE_VERSION = 'stale_version';

/** `PUT /api/sessions/{id}` with the `version` it was read at → Session; 409 stale_version. */
export function updateSession({ id, version, request }: { id: number; version: number; request: SessionRequest }) {
  return apiRequest(`/api/sessions/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { ...request, version },
    schema: sessionSchema,
  });
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSession, onSuccess: (session) => sessionChanged(queryClient, session) });
}
