import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page';
import { applicationSchema, applicationsQueryKey, type ApplicationStatus } from './schemas';

export interface ApplicationsFilter {
  status?: ApplicationStatus;
  /** Matches the stored region exactly (case aside). */
  region?: string;
  /** Matches any part of the organization's name. */
  organization?: string;
  /** Matches the stored category exactly (case aside). */
  category?: string;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

const applicationsPageSchema = pageSchema(applicationSchema);

/**
 * `GET /api/programs/{id}/applications?status=&region=&organization=&category=&page=&size=`
 * (administrators and the program's trainers) → Page<Application>, oldest first.
 */
export function getApplications(programId: number, filter: ApplicationsFilter, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/applications`, {
    query: {
      status: filter.status,
      region: filter.region?.trim(),
      organization: filter.organization?.trim(),
      category: filter.category?.trim(),
      page: filter.page,
      size: filter.size,
    },
    schema: applicationsPageSchema,
    signal,
  });
}

export function useApplications(programId: number, filter: ApplicationsFilter) {
  return useQuery({
    queryKey: [...applicationsQueryKey(programId), filter],
    queryFn: ({ signal }) => getApplications(programId, filter, signal),
    placeholderData: keepPreviousData,
    enabled: Number.isInteger(programId) && programId > 0,
  });
}

/** How many applications of the program are admitted: the total of a one-item page. */
export function useAdmittedCount(programId: number) {
  const query = useQuery({
    queryKey: [...applicationsQueryKey(programId), 'admitted-count'],
    queryFn: ({ signal }) => getApplications(programId, { status: 'admitted', page: 0, size: 1 }, signal),
    enabled: Number.isInteger(programId) && programId > 0,
  });
  return { ...query, count: query.data?.totalItems };
}
