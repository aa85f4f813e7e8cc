import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { importPasswordLinkSchema } from './import-schemas';

/**
 * `POST /api/participant-imports/{id}/password-links` (administrators) → new one-time links for the
 * accounts the import created whose owners have not set a password yet. Each call replaces the
 * links handed out before.
 */
export function createImportPasswordLinks(importId: number) {
  return apiRequest(`/api/participant-imports/${encodeURIComponent(importId)}/password-links`, {
    method: 'POST',
    schema: z.array(importPasswordLinkSchema),
  });
}

export function useCreateImportPasswordLinks() {
  return useMutation({ mutationFn: createImportPasswordLinks });
}
