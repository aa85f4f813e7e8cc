import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminUserSchema, adminUsersQueryKey } from './schemas';

/** `GET /api/admin/users/{id}` → AdminUser. */
export function getAdminUser(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/admin/users/${encodeURIComponent(id)}`, { schema: adminUserSchema, signal });
}

export function useAdminUser(id: number | undefined) {
  return useQuery({
    queryKey: [...adminUsersQueryKey, 'detail', id],
    queryFn: ({ signal }) => getAdminUser(id as number, signal),
    enabled: id !== undefined,
  });
}
