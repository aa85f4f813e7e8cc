import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema, programsQueryKey } from './schemas';

/** `PUT /api/programs/{id}/trainers` (admin) `{trainerIds}` → Program; 400 trainerIds not_a_trainer. */
export function updateProgramTrainers({ id, trainerIds }: { id: number; trainerIds: number[] }) {
  return apiRequest(`/api/programs/${encodeURIComponent(id)}/trainers`, {
    method: 'PUT',
    body: { trainerIds },
    schema: programSchema,
  });
}

export function useUpdateProgramTrainers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramTrainers,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryKey(program.id), program);
      await queryClient.invalidateQueries({ queryKey: programsQueryKey });
    },
  });
}
