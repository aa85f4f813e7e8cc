import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { adminUserSchema, adminUsersQueryKey, type Role } from './schemas';

export interface AdminUsersFilter {
  q?: string;
  role?: Role;
  enabled?: boolean;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

const adminUsersPageSchema = pageSchema(adminUserSchema);

/** `GET /api/admin/users?q=&role=&enabled=&page=&size=` → Page<AdminUser>. */
export function getAdminUsers(filter: AdminUsersFilter, signal?: AbortSignal) {
  return apiRequest('/api/admin/users', {
    query: { q: filter.q?.trim(), role: filter.role, enabled: filter.enabled, page: filter.page, size: filter.size },
    schema: adminUsersPageSchema,
    signal,
  });
}

export function useAdminUsers(filter: AdminUsersFilter) {
  return useQuery({
    queryKey: [...adminUsersQueryKey, 'list', filter],
    queryFn: ({ signal }) => getAdminUsers(filter, signal),
    placeholderData: keepPreviousData,
  });
}
