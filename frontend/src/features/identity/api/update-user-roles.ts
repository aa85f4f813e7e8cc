import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminUserSchema, adminUsersQueryKey, meQueryKey, type Role } from './schemas';

/** `PUT /api/admin/users/{id}/roles` → AdminUser; 409 cannot_demote_self, 400 when empty. */
export function updateUserRoles({ id, roles }: { id: number; roles: Role[] }) {
  return apiRequest(`/api/admin/users/${encodeURIComponent(id)}/roles`, {
    method: 'PUT',
    body: { roles },
    schema: adminUserSchema,
  });
}

export function useUpdateUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRoles,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminUsersQueryKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}
