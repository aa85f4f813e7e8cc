import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema, programsQueryKey } from './schemas';

/** `POST /api/programs/{id}/archive` (admin) → Program. */
export function archiveProgram(id: number) {
  return apiRequest(`/api/programs/${encodeURIComponent(id)}/archive`, { method: 'POST', schema: programSchema });
}

export function useArchiveProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveProgram,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryKey(program.id), program);
      await queryClient.invalidateQueries({ queryKey: programsQueryKey });
    },
  });
}
