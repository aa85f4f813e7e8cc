import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { questionImportSchema } from './schemas';

/** `GET /api/question-imports/{id}` → an import's preview, or the import once confirmed. */
export function getQuestionImport(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/question-imports/${encodeURIComponent(id)}`, { schema: questionImportSchema, signal });
}

/** The import whose id is in the URL (so a reload keeps the preview); none while `id` is null. */
export function useQuestionImport(id: number | null) {
  return useQuery({
    queryKey: ['assessment', 'import', id],
    queryFn: ({ signal }) => getQuestionImport(id ?? 0, signal),
    enabled: id !== null,
  });
}
