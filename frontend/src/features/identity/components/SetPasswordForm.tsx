import { Button, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError, type ApiError } from '../../../lib/problem';
import type { Me } from '../api/schemas';
import { useSetPassword } from '../api/set-password';
import { NewPasswordFields, useNewPasswordLabels } from './NewPasswordFields';
import { confirmedPassword } from './password-rules';

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
  const schema = useMemo(() => confirmedPassword(t), [t]);
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const feedback = useFormFeedback(form, isLinkGone(setPassword.error) ? null : setPassword.error);
  const labels: Record<string, string> = useNewPasswordLabels();

  return (
    <form
      onSubmit={feedback.onSubmit((values) =>
        setPassword.mutate(
          { token, password: values.password },
          {
            onSuccess,
            onError: (error) => {
              if (isLinkGone(error)) onLinkGone(error);
            },
          },
        ),
      )}
      noValidate
      aria-describedby="set-password-lead"
    >
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={setPassword.isPending} disabled={setPassword.isPending}>
          {t('identity.setPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
