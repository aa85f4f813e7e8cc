import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { certificationKeys, progressSchema } from './schemas';

export const PROGRESS_PAGE_SIZE = 20;

/** `GET /api/programs/{id}/progress?page=&size=` → a page of Progress (staff). */
export function getProgramProgress(programId: number, page: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/progress`, {
    query: { page, size: PROGRESS_PAGE_SIZE },
    schema: pageSchema(progressSchema),
    signal,
  });
}

export function useProgramProgress(programId: number, page: number) {
  return useQuery({
    queryKey: [...certificationKeys.programProgress(programId), page],
    queryFn: ({ signal }) => getProgramProgress(programId, page, signal),
    placeholderData: keepPreviousData,
  });
}
