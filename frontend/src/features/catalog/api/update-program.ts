import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { programQueryKey, programSchema, programsQueryKey, type ProgramRequest } from './schemas';

export const STALE_VERSION = 'stale_version';

/** `PUT /api/programs/{id}` with the `version` it was loaded at → Program; 409 stale_version. */
export function updateProgram({ id, version, request }: { id: number; version: number; request: ProgramRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { ...request, version },
    schema: programSchema,
  });
}

export function useUpdateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgram,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryKey(program.id), program);
      await queryClient.invalidateQueries({ queryKey: programsQueryKey });
    },
  });
}
