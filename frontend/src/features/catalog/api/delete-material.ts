import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { materialsQueryKey } from './schemas';

/** `DELETE /api/programs/{id}/materials/{materialId}` → 204; the stored file goes with it. */
export function deleteMaterial({ programId, materialId }: { programId: number; materialId: number }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/materials/${encodeURIComponent(materialId)}`, {
    method: 'DELETE',
  });
}

export function useDeleteMaterial(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (materialId: number) => deleteMaterial({ programId, materialId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: materialsQueryKey(programId) });
    },
  });
}
