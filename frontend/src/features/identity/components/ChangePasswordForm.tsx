import { Button, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { PasswordField } from '../../../components/PasswordField';
import { formPath } from '../../../lib/form/server-errors';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useChangePassword } from '../api/change-password';
import { NewPasswordFields, useNewPasswordLabels } from './NewPasswordFields';
import { confirmedPassword, filledIn } from './password-rules';

/** The server names the new password `newPassword`; the form keeps sign-up's `password`/`confirmation` pair. */
const toFormPath = (field: string) => (field === 'newPassword' ? 'password' : formPath(field));

/** Current password, then the new one twice, with sign-up's rules and hints; the server has the last word. */
export function ChangePasswordForm({ email, onSuccess }: { email: string; onSuccess: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const schema = useMemo(() => z.object({ currentPassword: filledIn(t) }).and(confirmedPassword(t)), [t]);
  const form = useForm({
    initialValues: { currentPassword: '', password: '', confirmation: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const feedback = useFormFeedback(form, change.error, toFormPath);
  const labels: Record<string, string> = { currentPassword: t('identity.changePassword.current'), ...useNewPasswordLabels() };

  return (
    <form
      onSubmit={feedback.onSubmit((values) =>
        change.mutate({ currentPassword: values.currentPassword, newPassword: values.password }, { onSuccess }),
      )}
      noValidate
    >
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <PasswordField
          label={labels.currentPassword}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={change.isPending} disabled={change.isPending}>
          {t('identity.changePassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
