import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminUserSchema, adminUsersQueryKey } from './schemas';

/** `POST /api/admin/users/{id}/enable` → AdminUser. */
export function enableUser(id: number) {
  return apiRequest(`/api/admin/users/${encodeURIComponent(id)}/enable`, {
    method: 'POST',
    schema: adminUserSchema,
  });
}

export function useEnableUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminUsersQueryKey }),
  });
}
