import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadForm, useUploadTracker, type UploadProgress } from '../../../lib/upload';
import { importViewSchema, participantImportQueryKey, participantImportsQueryKey } from './import-schemas';

/** 413: larger than the server accepts (field `file`). */
export const FILE_TOO_LARGE = 'file_too_large';
/** 415: neither CSV nor XLSX (field `file`). */
export const TABLE_TYPE_NOT_ALLOWED = 'table_type_not_allowed';
/** 409: the program is archived. */
export const PROGRAM_ARCHIVED = 'program_archived';

/**
 * `POST /api/programs/{programId}/participant-imports` (administrators), multipart with one part
 * `file` (CSV or XLSX) → 201 ImportView with its rows. Nothing is applied until confirmed.
 * 413 file_too_large, 415 table_type_not_allowed, 400 with field `file`
 * (participant_columns_missing, too_many_rows, table_malformed, table_empty), 409 program_archived.
 */
export function uploadParticipantImport(
  programId: number,
  file: File,
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
) {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm(`/api/programs/${encodeURIComponent(programId)}/participant-imports`, form, {
    schema: importViewSchema,
    ...options,
  });
}

/**
 * Uploads with live progress (`progress` is null when idle). `cancel()` aborts the upload under way
 * (the mutation then fails with an `AbortError`); leaving the screen aborts it too.
 */
export function useUploadParticipantImport(programId: number) {
  const queryClient = useQueryClient();
  const upload = useUploadTracker();
  const mutation = useMutation({
    mutationFn: (file: File) => uploadParticipantImport(programId, file, upload.track(file.size)),
    onSuccess: async (view) => {
      queryClient.setQueryData([...participantImportQueryKey(view.id), 'full'], view);
      await queryClient.invalidateQueries({ queryKey: participantImportsQueryKey(programId) });
    },
    onSettled: upload.done,
  });
  return { ...mutation, progress: upload.progress, cancel: upload.cancel };
}
