import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { passwordLinkInfoSchema } from './schemas';

/**
 * `POST /api/auth/password-link` `{token}` → whose account the one-time link is for.
 * 404 password_link_invalid, 410 password_link_used / password_link_expired.
 */
export function checkPasswordLink(token: string, signal?: AbortSignal) {
  return apiRequest('/api/auth/password-link', {
    method: 'POST',
    body: { token },
    schema: passwordLinkInfoSchema,
    signal,
  });
}

export const passwordLinkQueryKey = (token: string) => ['identity', 'password-link', token] as const;

/** Checked once per page view; the token stays in memory only and is not retried. */
export function usePasswordLink(token: string) {
  return useQuery({
    queryKey: passwordLinkQueryKey(token),
    queryFn: ({ signal }) => checkPasswordLink(token, signal),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
}
