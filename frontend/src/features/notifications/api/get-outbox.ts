import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { outboxPageSchema, outboxQueryKey, type OutboxStatus } from './schemas';

export interface OutboxFilters {
  status?: OutboxStatus;
  recipient?: string;
  /** From 0. */
  page: number;
  size: number;
}

/** `GET /api/admin/outbox` (administrators) → a page of messages, newest first, without their bodies. */
export function getOutbox(filters: OutboxFilters, signal?: AbortSignal) {
  return apiRequest('/api/admin/outbox', { query: { ...filters }, schema: outboxPageSchema, signal });
}

export function useOutbox(filters: OutboxFilters) {
  return useQuery({
    queryKey: [...outboxQueryKey, 'list', filters],
    queryFn: ({ signal }) => getOutbox(filters, signal),
    placeholderData: keepPreviousData,
  });
}
