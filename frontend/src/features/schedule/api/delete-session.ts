import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { scheduleQueryKey, sessionQueryKey } from './schemas';

export const SESSION_HAS_REGISTRATIONS = 'session_has_registrations';

/** `DELETE /api/sessions/{id}` → 204; 409 session_has_registrations (cancel it instead). */
export function deleteSession(id: number) {
  return apiRequest(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: sessionQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: scheduleQueryKey });
    },
  });
}
