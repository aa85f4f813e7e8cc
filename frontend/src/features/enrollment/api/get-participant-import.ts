import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { importViewSchema, participantImportQueryKey } from './import-schemas';

/** How often the status of an import being applied is asked for. */
export const IMPORT_POLL_MS = 700;

/**
 * `GET /api/participant-imports/{id}` (administrators) → ImportView with its rows, or with
 * `rows: false` just its status, counts and progress (for polling).
 */
export function getParticipantImport(id: number, { rows }: { rows: boolean }, signal?: AbortSignal) {
  return apiRequest(`/api/participant-imports/${encodeURIComponent(id)}`, {
    query: { rows: rows ? undefined : false },
    schema: importViewSchema,
    signal,
  });
}

const valid = (id: number | undefined): id is number => id !== undefined && Number.isInteger(id) && id > 0;

/** The import with its rows. */
export function useParticipantImport(id: number | undefined) {
  return useQuery({
    queryKey: [...participantImportQueryKey(id ?? 0), 'full'],
    queryFn: ({ signal }) => getParticipantImport(id as number, { rows: true }, signal),
    enabled: valid(id),
  });
}

/** While `enabled`, the import's status without rows, asked for again until it leaves "applying". */
export function useParticipantImportStatus(id: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...participantImportQueryKey(id ?? 0), 'status'],
    queryFn: ({ signal }) => getParticipantImport(id as number, { rows: false }, signal),
    enabled: enabled && valid(id),
    refetchInterval: (query) => (query.state.data?.status === 'applying' ? IMPORT_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
}
