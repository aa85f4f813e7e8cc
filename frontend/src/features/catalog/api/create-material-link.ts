import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { materialSchema, materialsQueryKey, type MaterialLinkRequest } from './schemas';

/** `POST /api/programs/{id}/materials/links` `{title, url, moduleId, visibility}` → 201 Material. */
export function createMaterialLink({ programId, request }: { programId: number; request: MaterialLinkRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/materials/links`, {
    method: 'POST',
    body: request,
    schema: materialSchema,
  });
}

export function useCreateMaterialLink(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MaterialLinkRequest) => createMaterialLink({ programId, request }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: materialsQueryKey(programId) });
    },
  });
}
