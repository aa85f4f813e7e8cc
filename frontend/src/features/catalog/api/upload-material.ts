import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadForm, useUploadTracker, type UploadOptions } from '../../../lib/upload';
import { materialSchema, materialsQueryKey, type Material, type MaterialVisibility } from './schemas';

/** 413: the file is larger than the server accepts; `errors` names `file`. */
export const FILE_TOO_LARGE = 'file_too_large';
/** 415: neither the content nor the extension is PDF, DOCX, PPTX, XLSX, PNG or JPEG; `errors` names `file`. */
export const FILE_TYPE_NOT_ALLOWED = 'file_type_not_allowed';
/** For the file picker; the server checks the content as well. */
export const MATERIAL_FILE_ACCEPT = '.pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg';

export interface UploadMaterialInput {
  title: string;
  visibility: MaterialVisibility;
  /** null: the material belongs to the whole program. */
  moduleId: number | null;
  file: File;
}

/**
 * `POST /api/programs/{id}/materials` as multipart/form-data → 201 Material.
 * The parts go in the order the server needs: title, visibility, moduleId (when set), then the file
 * last, so it streams straight to storage. XMLHttpRequest rather than fetch, because only it reports
 * upload progress. Failures reject with an {@link ApiError} as `apiRequest` would: 413
 * {@link FILE_TOO_LARGE}, 415 {@link FILE_TYPE_NOT_ALLOWED}, 400 validation_failed with field errors.
 */
export function uploadMaterial(
  programId: number,
  input: UploadMaterialInput,
  options: Pick<UploadOptions<typeof materialSchema>, 'onProgress' | 'signal'> = {},
): Promise<Material> {
  return uploadForm(`/api/programs/${encodeURIComponent(programId)}/materials`, formData(input), {
    schema: materialSchema,
    ...options,
  });
}

function formData(input: UploadMaterialInput): FormData {
  const form = new FormData();
  form.append('title', input.title);
  form.append('visibility', input.visibility);
  if (input.moduleId !== null) form.append('moduleId', String(input.moduleId));
  form.append('file', input.file, input.file.name);
  return form;
}

/**
 * Uploads with live progress. `cancel()` aborts the upload under way (the mutation then fails with
 * an `AbortError`, see {@link isAbortError}); leaving the screen aborts it too.
 */
export function useUploadMaterial(programId: number) {
  const queryClient = useQueryClient();
  const upload = useUploadTracker();
  const mutation = useMutation({
    mutationFn: (input: UploadMaterialInput) => uploadMaterial(programId, input, upload.track(input.file.size)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: materialsQueryKey(programId) });
    },
    onSettled: upload.done,
  });
  return { ...mutation, progress: upload.progress, cancel: upload.cancel };
}
