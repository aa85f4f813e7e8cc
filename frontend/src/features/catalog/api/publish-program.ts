import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema, programsQueryKey } from './schemas';

/** `POST /api/programs/{id}/publish` (admin) → Program; 409 program_incomplete with errors[] naming what is missing. */
export const PROGRAM_INCOMPLETE = 'program_incomplete';

export function publishProgram(id: number) {
  return apiRequest(`/api/programs/${encodeURIComponent(id)}/publish`, { method: 'POST', schema: programSchema });
}

export function usePublishProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishProgram,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryKey(program.id), program);
      await queryClient.invalidateQueries({ queryKey: programsQueryKey });
    },
  });
}
