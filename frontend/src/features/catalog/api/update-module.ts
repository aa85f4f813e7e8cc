import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { moduleSchema, programQueryKey, type ModuleRequest } from './schemas';

/** `PUT /api/programs/{id}/modules/{moduleId}` `{title, description, hours}` → Module. */
export function updateModule({ programId, moduleId, request }: { programId: number; moduleId: number; request: ModuleRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/modules/${encodeURIComponent(moduleId)}`, {
    method: 'PUT',
    body: request,
    schema: moduleSchema,
  });
}

export function useUpdateModule(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, request }: { moduleId: number; request: ModuleRequest }) =>
      updateModule({ programId, moduleId, request }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: programQueryKey(programId) });
    },
  });
}
