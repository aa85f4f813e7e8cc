import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api-client';
import { recordingsQueryKey } from './schemas';

/** `DELETE /api/recordings/{id}` (the program's staff) → 204; the file goes with it. */
export function deleteRecording(id: number) {
  return apiRequest(`/api/recordings/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteRecording() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRecording,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordingsQueryKey }),
  });
}
