import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * `POST /api/auth/password-reset` `{email}` → 202 whether or not the address has an account (the
 * link goes only to an account's own address); 429 too_many_attempts with Retry-After.
 */
export function requestPasswordReset(email: string) {
  return apiRequest('/api/auth/password-reset', { method: 'POST', body: { email } });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
