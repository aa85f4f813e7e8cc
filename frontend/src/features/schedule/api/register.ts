import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionChanged } from './session-changed';
import { sessionSchema } from './schemas';

/**
 * `POST /api/sessions/{id}/registration` (register: a place, or the waiting list) and `DELETE` (give
 * the place back) → Session; 403 not_a_participant, 409 session_cancelled / session_over.
 */
export function changeRegistration({ id, register }: { id: number; register: boolean }) {
  return apiRequest(`/api/sessions/${encodeURIComponent(id)}/registration`, {
    method: register ? 'POST' : 'DELETE',
    schema: sessionSchema,
  });
}

export function useChangeRegistration() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changeRegistration, onSuccess: (session) => sessionChanged(queryClient, session) });
}
