import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { outboxMessageSchema, outboxQueryKey } from './schemas';

/** `GET /api/admin/outbox/{id}` (administrators) → one message with its text and HTML bodies. */
export function getOutboxMessage(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/admin/outbox/${encodeURIComponent(id)}`, { schema: outboxMessageSchema, signal });
}

export const outboxMessageQueryKey = (id: number) => [...outboxQueryKey, 'message', id] as const;

export function useOutboxMessage(id: number | null) {
  return useQuery({
    queryKey: outboxMessageQueryKey(id ?? 0),
    queryFn: ({ signal }) => getOutboxMessage(id ?? 0, signal),
    enabled: id !== null,
  });
}
