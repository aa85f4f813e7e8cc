import { useMutation } from '@tanstack/react-query';
import { uploadForm, useUploadTracker } from '../../../lib/upload';
import { questionImportSchema } from './schemas';

/**
 * `POST /api/programs/{id}/question-imports`, multipart with the part `file` (GIFT or Moodle XML)
 * and optionally `categoryId` (where the questions go) → 201 the preview; nothing is saved until
 * confirmed. 400 question_file_not_recognized, 413 file_too_large, 415 (field `file`).
 */
export function useUploadQuestionImport(programId: number) {
  const upload = useUploadTracker();
  const mutation = useMutation({
    mutationFn: ({ file, categoryId }: { file: File; categoryId: number | null }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (categoryId !== null) form.append('categoryId', String(categoryId));
      return uploadForm(`/api/programs/${encodeURIComponent(programId)}/question-imports`, form, {
        schema: questionImportSchema,
        ...upload.track(file.size),
      });
    },
    onSettled: upload.done,
  });
  return { ...mutation, progress: upload.progress, cancel: upload.cancel };
}
