import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { bankChanged } from './bank-changed';
import { questionImportSchema } from './schemas';

/** `POST /api/question-imports/{id}/confirm` → the import, confirmed, with how many questions it `created`; 409 import_already_applied. */
export function confirmQuestionImport(id: number) {
  return apiRequest(`/api/question-imports/${encodeURIComponent(id)}/confirm`, { method: 'POST', schema: questionImportSchema });
}

export function useConfirmQuestionImport(programId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmQuestionImport,
    onSuccess: (confirmed) => queryClient.setQueryData(['assessment', 'import', confirmed.id], confirmed),
    // Also after a refusal (confirmed already, in another tab): the bank is read afresh.
    onSettled: () => bankChanged(queryClient, programId),
  });
}
