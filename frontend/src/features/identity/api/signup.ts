import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey, meSchema } from './schemas';

export const signupRequestSchema = z.object({
  email: z.string(),
  password: z.string(),
  surname: z.string(),
  givenName: z.string(),
  patronymic: z.string().optional(),
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

/** `POST /api/auth/signup` → 201 Me; the new person is signed in at once. */
export function signup(request: SignupRequest) {
  return apiRequest('/api/auth/signup', {
    method: 'POST',
    body: signupRequestSchema.parse(request),
    schema: meSchema,
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signup,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== meQueryKey[1] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
