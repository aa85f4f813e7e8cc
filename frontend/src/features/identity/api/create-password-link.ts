import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { adminUsersQueryKey, passwordLinkSchema } from './schemas';

/**
 * `POST /api/admin/users/{id}/password-link` `{send}` → a new one-time link for the user to set their
 * password; it replaces the user's previous open link. With `send` it is also emailed to the user
 * (`emailed` in the answer). 409 account_disabled.
 */
export function createPasswordLink({ id, send }: { id: number; send: boolean }) {
  return apiRequest(`/api/admin/users/${encodeURIComponent(id)}/password-link`, {
    method: 'POST',
    body: { send },
    schema: passwordLinkSchema,
  });
}

export function useCreatePasswordLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPasswordLink,
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminUsersQueryKey }),
  });
}
