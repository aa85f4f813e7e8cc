import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { answerSchema, applicationProfileQueryKey, applicationSchema, GENDERS, myProgramsQueryKey } from './schemas';

export const applicationRequestSchema = z.object({
  profile: z.object({
    surname: z.string(),
    givenName: z.string(),
    patronymic: z.string().optional(),
    email: z.string(),
    phone: z.string(),
    region: z.string(),
    organization: z.string(),
    position: z.string(),
    category: z.string(),
    gender: z.enum(GENDERS).optional(),
    consent: z.boolean(),
  }),
  answers: z.record(z.string(), answerSchema),
});
export type ApplicationRequest = z.infer<typeof applicationRequestSchema>;

/**
 * `POST /api/programs/{id}/applications` → 201 Application.
 * 400 names fields like `profile.phone` or `answers.<questionId>`; 409 already_applied,
 * enrollment_closed, reapply_not_allowed; 404 when the program is not published.
 */
export function submitApplication({ programId, request }: { programId: number; request: ApplicationRequest }) {
  return apiRequest(`/api/programs/${encodeURIComponent(programId)}/applications`, {
    method: 'POST',
    body: applicationRequestSchema.parse(request),
    schema: applicationSchema,
  });
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myProgramsQueryKey });
      await queryClient.invalidateQueries({ queryKey: applicationProfileQueryKey });
    },
  });
}
