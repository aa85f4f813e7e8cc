import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from './schemas';

/** `POST /api/auth/logout` → 204; ends the session on the server. */
export function logout() {
  return apiRequest('/api/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== meQueryKey[1] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
