import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';
import { categorySchema, type CategoryRequest } from './schemas';

/** `PUT /api/question-categories/{id}`: renames or moves a category → the category; 400 field `parentId` category_cycle, 409 category_exists. */
export function updateCategory({ id, request }: { id: number; request: CategoryRequest }) {
  return apiRequest(`/api/question-categories/${encodeURIComponent(id)}`, { method: 'PUT', body: request, schema: categorySchema });
}

export function useUpdateCategory(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateCategory, onSuccess: () => bankChanged(queryClient, programId) });
}
