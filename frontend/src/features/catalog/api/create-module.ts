import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { moduleSchema, programQueryKey, programsQueryKey, type ModuleRequest } from './schemas';

/** `POST /api/programs/{id}/modules` `{title, description, hours}` → 201 Module. */
export function createModule({ programId, request }: { programId: number; request: ModuleRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/modules`, {
    method: 'POST',
    body: request,
    schema: moduleSchema,
  });
}

export function useCreateModule(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ModuleRequest) => createModule({ programId, request }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: programQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: programsQueryKey }),
      ]);
    },
  });
}
