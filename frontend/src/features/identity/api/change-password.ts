import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from './schemas';

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string(),
  newPassword: z.string(),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/**
 * `POST /api/me/password` → 204; ends the person's other sessions (this one stays).
 * 400 `validation_failed` names `currentPassword` (wrong_password) or `newPassword`
 * (too_short, too_long, too_common, …, as at sign-up).
 */
export function changePassword(request: ChangePasswordRequest) {
  return apiRequest('/api/me/password', { method: 'POST', body: changePasswordRequestSchema.parse(request) });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // A required change is done now: the server lets every other call through again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
