import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { categoriesQueryKey, categorySchema } from './schemas';

/** `GET /api/programs/{id}/question-categories` → the bank's categories in tree order (depth first). */
export function getCategories(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/question-categories`, { schema: z.array(categorySchema), signal });
}

export function useCategories(programId: number) {
  return useQuery({ queryKey: categoriesQueryKey(programId), queryFn: ({ signal }) => getCategories(programId, signal) });
}
