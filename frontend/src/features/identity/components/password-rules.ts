import type { TFunction } from 'i18next';
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;

/** A field that must not be blank. */
export const filledIn = (t: TFunction) => z.string().trim().min(1, t('validation.required'));

/** A password the person chooses: the length checked here, the rest (common passwords…) by the server. */
export const newPassword = (t: TFunction) =>
  z.string().min(1, t('validation.required')).min(PASSWORD_MIN_LENGTH, t('validation.passwordTooShort'));

/** A new password typed twice: the second must match the first. */
export const confirmedPassword = (t: TFunction) =>
  z
    .object({ password: newPassword(t), confirmation: z.string().min(1, t('validation.required')) })
    .refine((values) => values.password.length < PASSWORD_MIN_LENGTH || values.confirmation === '' || values.password === values.confirmation, {
      path: ['confirmation'],
      message: t('identity.setPassword.mismatch'),
    });
