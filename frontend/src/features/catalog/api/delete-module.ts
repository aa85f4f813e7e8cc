import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programsQueryKey } from './schemas';

/** `DELETE /api/programs/{id}/modules/{moduleId}` → 204. */
export function deleteModule({ programId, moduleId }: { programId: number; moduleId: number }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/modules/${encodeURIComponent(moduleId)}`, {
    method: 'DELETE',
  });
}

export function useDeleteModule(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (moduleId: number) => deleteModule({ programId, moduleId }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: programQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: programsQueryKey }),
      ]);
    },
  });
}
