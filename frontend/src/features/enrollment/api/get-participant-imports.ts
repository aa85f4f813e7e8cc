import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { importPageSchema, participantImportsQueryKey } from './import-schemas';

export const IMPORT_HISTORY_PAGE_SIZE = 20;

/**
 * `GET /api/programs/{programId}/participant-imports?page=&size=` (administrators) →
 * Page<ImportView without rows>, newest first.
 */
export function getParticipantImports(programId: number, page: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/participant-imports`, {
    query: { page, size: IMPORT_HISTORY_PAGE_SIZE },
    schema: importPageSchema,
    signal,
  });
}

/** `page` counts from 0, as the API does. */
export function useParticipantImports(programId: number, page: number) {
  return useQuery({
    queryKey: [...participantImportsQueryKey(programId), page],
    queryFn: ({ signal }) => getParticipantImports(programId, page, signal),
    placeholderData: keepPreviousData,
    enabled: Number.isInteger(programId) && programId > 0,
  });
}
