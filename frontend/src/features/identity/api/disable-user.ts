import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminUserSchema, adminUsersQueryKey } from './schemas';

/** `POST /api/admin/users/{id}/disable` → AdminUser (409 cannot_disable_self). */
export function disableUser(id: number) {
  return apiRequest(`/api/admin/users/${encodeURIComponent(id)}/disable`, {
    method: 'POST',
    schema: adminUserSchema,
  });
}

export function useDisableUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminUsersQueryKey }),
  });
}
