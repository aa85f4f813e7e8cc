import { useMutation } from '@tanstack/react-query';
import { rawRequest } from './raw-request';
import { pdfCheckSchema } from './schemas';
import { ApiError } from '../../../lib/problem';

/** `POST /api/public/certificate-checks` (no login), multipart part `file` → `{genuine, certificate}`. */
export async function checkCertificatePdf(file: File) {
  const form = new FormData();
  form.append('file', file);
  const response = await rawRequest('/api/public/certificate-checks', { method: 'POST', body: form });
  const parsed = pdfCheckSchema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(response.status, { status: response.status, code: 'unexpected_response' });
  return parsed.data;
}

export function useCheckCertificatePdf() {
  return useMutation({ mutationFn: checkCertificatePdf });
}
