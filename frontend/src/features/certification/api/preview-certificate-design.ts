import { rawRequest } from './raw-request';
import { savedPreviewUrl, type CertificateDesignRequest } from './schemas';

/** `POST /api/programs/{id}/certificate-design/preview.pdf` with an unsaved draft → the PDF with a sample learner. */
export async function previewCertificateDesign(programId: number, design: CertificateDesignRequest, signal?: AbortSignal): Promise<Blob> {
  const response = await rawRequest(savedPreviewUrl(programId), { method: 'POST', body: design, signal });
  const blob = await response.blob();
  return blob.type ? blob : new Blob([blob], { type: 'application/pdf' });
}
