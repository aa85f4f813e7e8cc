import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';

/** `DELETE /api/questions/{id}` → 204. */
export function deleteQuestion(id: number) {
  return apiRequest(`/api/questions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteQuestion(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteQuestion, onSuccess: () => bankChanged(queryClient, programId) });
}
