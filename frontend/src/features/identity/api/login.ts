import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey, meSchema } from './schemas';

export const loginRequestSchema = z.object({
  email: z.string(),
  password: z.string(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** `POST /api/auth/login` → 200 Me; 401 invalid_credentials, 403 account_disabled, 429 too_many_attempts. */
export function login(request: LoginRequest) {
  return apiRequest('/api/auth/login', {
    method: 'POST',
    body: loginRequestSchema.parse(request),
    schema: meSchema,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Another person may have used this browser: drop everything cached for them.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== meQueryKey[1] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
