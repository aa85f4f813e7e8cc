import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';
import { categorySchema, type CategoryRequest } from './schemas';

/** `POST /api/programs/{id}/question-categories` → 201 the category; 409 category_exists (the same name under the same parent). */
export function createCategory({ programId, request }: { programId: number; request: CategoryRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/question-categories`, {
    method: 'POST',
    body: request,
    schema: categorySchema,
  });
}

export function useCreateCategory(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CategoryRequest) => createCategory({ programId, request }),
    onSuccess: () => bankChanged(queryClient, programId),
  });
}
