import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionChanged } from './session-changed';
import { sessionSchema, type SessionRequest } from './schemas';

/** `POST /api/programs/{id}/modules/{moduleId}/sessions` → 201 Session. */
export function createSession({ programId, moduleId, request }: { programId: number; moduleId: number; request: SessionRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/modules/${encodeURIComponent(moduleId)}/sessions`, {
    method: 'POST',
    body: request,
    schema: sessionSchema,
  });
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSession, onSuccess: (session) => sessionChanged(queryClient, session) });
}
