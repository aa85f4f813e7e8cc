import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import {
  importViewSchema,
  participantImportQueryKey,
  participantImportsQueryKey,
  type UnverifiedChoice,
} from './import-schemas';

export interface ConfirmImport {
  id: number;
  skipInvalid: boolean;
  /** Required when the preview counts unverified accounts. */
  unverifiedAccounts?: UnverifiedChoice;
}

/**
 * `POST /api/participant-imports/{id}/confirm` `{skipInvalid, unverifiedAccounts}` → 202 ImportView
 * (status "applying"); poll the status until it leaves "applying". 409 import_has_invalid_rows
 * (there are rows with problems and skipInvalid is false), import_has_unverified_accounts (no choice
 * for them), capacity_exceeded (field `file` says how many places are left), import_not_in_preview,
 * import_has_no_valid_rows.
 */
export function confirmParticipantImport({ id, skipInvalid, unverifiedAccounts }: ConfirmImport) {
  return apiRequest(`/api/participant-imports/${encodeURIComponent(id)}/confirm`, {
    method: 'POST',
    body: { skipInvalid, unverifiedAccounts },
    schema: importViewSchema,
  });
}

export function useConfirmParticipantImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmParticipantImport,
    onSuccess: async (view) => {
      // The polled status starts from this answer; the full import keeps its rows meanwhile.
      queryClient.setQueryData([...participantImportQueryKey(view.id), 'status'], view);
      queryClient.setQueryData<typeof view>([...participantImportQueryKey(view.id), 'full'], (previous) =>
        previous ? { ...previous, status: view.status, progress: view.progress, failure: view.failure } : view,
      );
      await queryClient.invalidateQueries({ queryKey: participantImportsQueryKey(view.programId) });
    },
    // A refusal may mean the import moved on meanwhile (e.g. confirmed in another tab): show its state.
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: participantImportQueryKey(id) }),
  });
}
