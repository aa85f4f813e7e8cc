import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema, programsQueryKey, type ProgramRequest } from './schemas';

/** `POST /api/programs` (admin) → 201 Program, a draft. */
export function createProgram(request: ProgramRequest) {
  return apiRequest('/api/programs', { method: 'POST', body: request, schema: programSchema });
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgram,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryKey(program.id), program);
      await queryClient.invalidateQueries({ queryKey: programsQueryKey });
    },
  });
}
