import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { outboxMessageQueryKey } from './get-outbox-message';
import { outboxMessageSchema, outboxQueryKey } from './schemas';

/**
 * `POST /api/admin/outbox/{id}/retry` → 200 the message, queued again. 409 message_not_retryable
 * (it is not failed), mail_not_configured (no SMTP server: messages are kept, not sent).
 */
export function retryOutboxMessage(id: number) {
  return apiRequest(`/api/admin/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST', schema: outboxMessageSchema });
}

export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryOutboxMessage,
    onSuccess: async (message) => {
      queryClient.setQueryData(outboxMessageQueryKey(message.id), message);
      await queryClient.invalidateQueries({ queryKey: [...outboxQueryKey, 'list'] });
    },
  });
}
