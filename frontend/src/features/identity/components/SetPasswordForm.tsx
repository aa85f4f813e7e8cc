import { Button, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/PasswordField';
import { isApiError, type ApiError } from '../../../lib/problem';
import type { Me } from '../api/schemas';
import { useSetPassword } from '../api/set-password';
import { PASSWORD_MIN_LENGTH } from './SignupForm';
import { FormProblem } from './FormProblem';
import { useFormFields } from './use-form-fields';

const FIELDS = ['password', 'confirmation'] as const;
type Field = (typeof FIELDS)[number];

/** 404 and 410 mean the link itself is no good any more: the page says so instead of the form. */
export const isLinkGone = (error: unknown): error is ApiError =>
  isApiError(error) && (error.status === 404 || error.status === 410);

interface SetPasswordFormProps {
  token: string;
  /** The account's email, for password managers to file the new password under. */
  email: string;
  onSuccess: (me: Me) => void;
  onLinkGone: (error: ApiError) => void;
}

/** New password twice, with the same rules and hints as sign-up; the server has the last word. */
export function SetPasswordForm({ token, email, onSuccess, onLinkGone }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const setPassword = useSetPassword();
  const { values, update, fieldErrors, setClientErrors, formRef, hasFieldErrors } = useFormFields(
    FIELDS,
    { password: '', confirmation: '' },
    setPassword.error,
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    if (values.password === '') errors.password = t('validation.required');
    else if (values.password.length < PASSWORD_MIN_LENGTH) errors.password = t('validation.passwordTooShort');
    if (values.confirmation === '') errors.confirmation = t('validation.required');
    else if (!errors.password && values.confirmation !== values.password)
      errors.confirmation = t('identity.setPassword.mismatch');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setPassword.reset();
    setPassword.mutate(
      { token, password: values.password },
      {
        onSuccess,
        onError: (error) => {
          if (isLinkGone(error)) onLinkGone(error);
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-describedby="set-password-lead">
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Stack gap="md">
        {!isLinkGone(setPassword.error) && <FormProblem error={setPassword.error} hasFieldErrors={hasFieldErrors} />}
        <PasswordField
          name="password"
          label={t('identity.setPassword.password')}
          description={t('auth.passwordHint')}
          autoComplete="new-password"
          withAsterisk
          aria-required
          value={values.password}
          onChange={update('password')}
          error={fieldErrors.password}
        />
        <PasswordField
          name="confirmation"
          label={t('identity.setPassword.confirm')}
          autoComplete="new-password"
          withAsterisk
          aria-required
          value={values.confirmation}
          onChange={update('confirmation')}
          error={fieldErrors.confirmation}
        />
        <Button type="submit" loading={setPassword.isPending} disabled={setPassword.isPending}>
          {t('identity.setPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
