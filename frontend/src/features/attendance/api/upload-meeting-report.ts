import { useMutation } from '@tanstack/react-query';
import { uploadForm, useUploadTracker } from '../../../lib/upload';
import { reportImportSchema } from './schemas';

/**
 * `POST /api/sessions/{id}/attendance-imports` (the program's staff), multipart with one part `file`
 * (a Zoom or Teams attendance report) → 201 the preview; nothing is recorded until confirmed.
 * 400 meeting_report_not_recognized / meeting_report_empty, 413 file_too_large, 415 table_type_not_allowed (field `file`).
 */
export function useUploadMeetingReport(sessionId: number) {
  const upload = useUploadTracker();
  const mutation = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadForm(`/api/sessions/${encodeURIComponent(sessionId)}/attendance-imports`, form, {
        schema: reportImportSchema,
        ...upload.track(file.size),
      });
    },
    onSettled: upload.done,
  });
  return { ...mutation, progress: upload.progress, cancel: upload.cancel };
}
