import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionChanged } from './session-changed';
import { sessionSchema } from './schemas';

/** `POST /api/sessions/{id}/cancel` `{reason}` → Session; its registrants get the cancellation. */
export function cancelSession({ id, reason }: { id: number; reason: string }) {
  return apiRequest(`/api/sessions/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: { reason: reason || null },
    schema: sessionSchema,
  });
}

export function useCancelSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelSession, onSuccess: (session) => sessionChanged(queryClient, session) });
}
