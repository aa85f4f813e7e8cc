import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/problem';
import { meQueryKey, meSchema, type Me, type Role } from './schemas';

/** `GET /api/me`; 401 means "nobody is signed in" and resolves to null rather than an error. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiRequest('/api/me', { schema: meSchema, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
  });
}

export function hasRole(me: Me | null | undefined, role: Role): boolean {
  return me?.roles.includes(role) ?? false;
}
