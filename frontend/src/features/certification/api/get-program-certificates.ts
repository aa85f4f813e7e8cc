import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { certificateSchema, certificationKeys } from './schemas';

export const CERTIFICATES_PAGE_SIZE = 20;

/** `GET /api/programs/{id}/certificates?page=&size=` → a page of Certificate (administrators). */
export function getProgramCertificates(programId: number, page: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/certificates`, {
    query: { page, size: CERTIFICATES_PAGE_SIZE },
    schema: pageSchema(certificateSchema),
    signal,
  });
}

export function useProgramCertificates(programId: number, page: number) {
  return useQuery({
    queryKey: [...certificationKeys.programCertificates(programId), page],
    queryFn: ({ signal }) => getProgramCertificates(programId, page, signal),
    placeholderData: keepPreviousData,
  });
}
