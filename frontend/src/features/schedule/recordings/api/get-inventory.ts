import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api-client';
import { inventoryQueryKey, recordingsPageSchema } from './schemas';

/** `GET /api/admin/recordings?page&size` (administrators) → every recording, newest first; `page` from 0. */
export function getInventory(page: number, size: number, signal?: AbortSignal) {
  return apiRequest('/api/admin/recordings', { query: { page, size }, schema: recordingsPageSchema, signal });
}

export function useInventory(page: number, size: number) {
  return useQuery({
    queryKey: [...inventoryQueryKey, page, size],
    queryFn: ({ signal }) => getInventory(page, size, signal),
    placeholderData: keepPreviousData,
  });
}
