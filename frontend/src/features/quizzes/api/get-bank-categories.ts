import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { bankCategoriesQueryKey, bankCategorySchema } from './schemas';

/** `GET /api/programs/{id}/question-categories` → the bank's categories in tree order, for random draws and the picker's filter. */
export function getBankCategories(programId: number, signal?: AbortSignal) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/question-categories`, {
    schema: z.array(bankCategorySchema),
    signal,
  });
}

export function useBankCategories(programId: number) {
  return useQuery({ queryKey: bankCategoriesQueryKey(programId), queryFn: ({ signal }) => getBankCategories(programId, signal) });
}
