import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { materialSchema, materialsQueryKey, type Material } from './schemas';

/**
 * `PUT /api/programs/{id}/materials/order` `{materialIds}` → Material[]. Positions are program-wide:
 * send every material id of the program, once, in the new order.
 */
export function reorderMaterials({ programId, materialIds }: { programId: number; materialIds: number[] }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/materials/order`, {
    method: 'PUT',
    body: { materialIds },
    schema: z.array(materialSchema),
  });
}

/** Moves the materials at once (optimistically) and rolls back when the server refuses. */
export function useReorderMaterials(programId: number) {
  const queryClient = useQueryClient();
  const key = materialsQueryKey(programId);
  return useMutation({
    mutationFn: (materialIds: number[]) => reorderMaterials({ programId, materialIds }),
    onMutate: async (materialIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Material[]>(key);
      if (previous) {
        const byId = new Map(previous.map((material) => [material.id, material]));
        queryClient.setQueryData<Material[]>(
          key,
          materialIds.flatMap((id, position) => {
            const material = byId.get(id);
            return material ? [{ ...material, position }] : [];
          }),
        );
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (materials) => queryClient.setQueryData(key, materials),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
