import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey, meSchema } from './schemas';

/**
 * `POST /api/auth/verify-email` `{token}` → 200 the account whose address is now proven (nobody is
 * signed in by it). 404 verification_link_invalid; 410 verification_link_used / verification_link_expired.
 */
export function verifyEmail(token: string, signal?: AbortSignal) {
  return apiRequest('/api/auth/verify-email', { method: 'POST', body: { token }, schema: meSchema, signal });
}

/**
 * Uses the link once per page view (a query, so that a re-render or a remount does not spend it
 * twice); afterwards the signed-in person, if it was theirs, is read again.
 */
export function useVerifyEmail(token: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['identity', 'verify-email', token],
    queryFn: async ({ signal }) => {
      const account = await verifyEmail(token, signal);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      return account;
    },
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
