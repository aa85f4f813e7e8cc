import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema, programsQueryKey } from './schemas';

/** `POST /api/programs/{id}/unpublish` (admin) → Program. */
export function unpublishProgram(id: number) {
  return apiRequest(`/api/programs/${encodeURIComponent(id)}/unpublish`, { method: 'POST', schema: programSchema });
}

export function useUnpublishProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unpublishProgram,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryKey(program.id), program);
      await queryClient.invalidateQueries({ queryKey: programsQueryKey });
    },
  });
}
