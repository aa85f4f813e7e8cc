import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { passwordLinkQueryKey } from './check-password-link';
import { meQueryKey, meSchema } from './schemas';

export const setPasswordRequestSchema = z.object({
  token: z.string(),
  password: z.string(),
});
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;

/**
 * `POST /api/auth/set-password` `{token, password}` → 200 Me; the person is signed in at once.
 * 400 names `password` (too_short, too_long, too_common); 404 password_link_invalid;
 * 410 password_link_used, password_link_expired.
 */
export function setPassword(request: SetPasswordRequest) {
  return apiRequest('/api/auth/set-password', {
    method: 'POST',
    body: setPasswordRequestSchema.parse(request),
    schema: meSchema,
  });
}

export function useSetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPassword,
    onSuccess: (me) => {
      // Whoever used this browser before is signed out now: drop everything cached for them
      // (but the link just used, which the page still shows until it moves on).
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[1] !== meQueryKey[1] && query.queryKey[1] !== passwordLinkQueryKey('')[1],
      });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
