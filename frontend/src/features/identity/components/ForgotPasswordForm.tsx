import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { filledIn } from './password-rules';
import { tooManyRequests } from './too-many';

/**
 * Asks for a link to set a new password. The answer is the same whether or not the address has an
 * account, so the page says only that a letter is on its way if there is one.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const reset = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: schemaResolver(z.object({ email: filledIn(t) }), { sync: true }),
  });
  const feedback = useFormFeedback(form, reset.error);

  if (reset.isSuccess) {
    return (
      <Alert color="teal" variant="light" role="status" title={t('identity.forgotPassword.sentTitle')}>
        <Text size="sm">{t('identity.forgotPassword.sent', { email: reset.variables })}</Text>
        <Text size="sm" mt="xs">
          {t('identity.forgotPassword.sentHint')}
        </Text>
      </Alert>
    );
  }

  return (
    <form onSubmit={feedback.onSubmit((values) => reset.mutate(values.email.trim()))} noValidate>
      <Stack gap="md">
        <FormErrorSummary
          {...feedback.summary}
          label={(path) => (path === 'email' ? t('auth.email') : undefined)}
          message={tooManyRequests(reset.error, t)}
        />
        <TextInput type="email" label={t('auth.email')} autoComplete="email" required {...form.getInputProps('email')} />
        <Button type="submit" loading={reset.isPending} disabled={reset.isPending}>
          {t('identity.forgotPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
