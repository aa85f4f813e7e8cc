import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { PasswordField } from '../../../components/PasswordField';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError } from '../../../lib/problem';
import { useLogin } from '../api/login';
import type { Me } from '../api/schemas';
import { filledIn } from './password-rules';

interface LoginFormProps {
  onSuccess: (me: Me) => void;
  signupHref?: string;
  forgotPasswordHref?: string;
}

export function LoginForm({ onSuccess, signupHref = '/signup', forgotPasswordHref = '/forgot-password' }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: schemaResolver(z.object({ email: filledIn(t), password: filledIn(t) }), { sync: true }),
  });
  const feedback = useFormFeedback(form, login.error);
  const labels: Record<string, string> = { email: t('auth.email'), password: t('auth.password') };

  let message: string | undefined;
  if (isApiError(login.error) && login.error.status === 429) {
    const seconds = login.error.retryAfterSeconds;
    message =
      seconds === undefined
        ? t('auth.tooManyAttemptsLater')
        : t('auth.tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }

  return (
    <form
      onSubmit={feedback.onSubmit((values) => login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess }))}
      noValidate
    >
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} message={message} />
        <TextInput
          type="email"
          label={labels.email}
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordField label={labels.password} autoComplete="current-password" required {...form.getInputProps('password')} />
        <Anchor component={Link} to={forgotPasswordHref} size="sm" mt={-8} w="fit-content">
          {t('identity.forgotPassword.link')}
        </Anchor>
        <Button type="submit" loading={login.isPending} disabled={login.isPending}>
          {t('auth.loginSubmit')}
        </Button>
        <Text size="sm">
          {t('auth.noAccount')}{' '}
          <Anchor component={Link} to={signupHref}>
            {t('nav.signup')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
