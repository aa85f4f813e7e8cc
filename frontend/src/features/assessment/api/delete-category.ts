import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';

/** `DELETE /api/question-categories/{id}` → 204; 409 category_not_empty (it holds questions or categories). */
export function deleteCategory(id: number) {
  return apiRequest(`/api/question-categories/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteCategory(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCategory, onSuccess: () => bankChanged(queryClient, programId) });
}
