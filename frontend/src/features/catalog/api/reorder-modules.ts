import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { moduleSchema, programQueryKey, type Module, type Program } from './schemas';

/** `PUT /api/programs/{id}/modules/order` `{moduleIds}` (every id, in the new order) → Module[]. */
export function reorderModules({ programId, moduleIds }: { programId: number; moduleIds: number[] }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/modules/order`, {
    method: 'PUT',
    body: { moduleIds },
    schema: z.array(moduleSchema),
  });
}

/** Moves the modules at once (optimistically) and rolls back when the server refuses. */
export function useReorderModules(programId: number) {
  const queryClient = useQueryClient();
  const key = programQueryKey(programId);
  const setModules = (modules: Module[]) =>
    queryClient.setQueryData<Program>(key, (program) => (program ? { ...program, modules } : program));
  return useMutation({
    mutationFn: (moduleIds: number[]) => reorderModules({ programId, moduleIds }),
    onMutate: async (moduleIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Program>(key)?.modules;
      if (previous) {
        const byId = new Map(previous.map((module) => [module.id, module]));
        setModules(
          moduleIds.flatMap((id, position) => {
            const module = byId.get(id);
            return module ? [{ ...module, position }] : [];
          }),
        );
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) setModules(context.previous);
    },
    onSuccess: (modules) => setModules(modules),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
