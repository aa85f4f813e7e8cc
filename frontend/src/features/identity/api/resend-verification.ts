import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from './schemas';

/**
 * `POST /api/auth/email-verification` (signed in) → 202: a new link to prove the address is on its
 * way. 409 email_already_verified; 429 too_many_attempts.
 */
export function resendVerification() {
  return apiRequest('/api/auth/email-verification', { method: 'POST' });
}

export function useResendVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendVerification,
    // "Already verified" means this page's idea of the person is stale.
    onError: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
