import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PasswordField } from '../../../components/PasswordField';
import { isApiError } from '../../../lib/problem';
import { useLogin } from '../api/login';
import type { Me } from '../api/schemas';
import { useFocusFirstError } from './use-field-focus';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function LoginForm({ onSuccess, signupHref = '/signup' }: { onSuccess: (me: Me) => void; signupHref?: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const fieldErrors = { ...(isApiError(login.error) ? login.error.fieldErrors : {}), ...clientErrors };
  const formRef = useFocusFirstError(clientErrors, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      if (values[field].trim() === '') errors[field] = t('validation.required');
    }
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess });
  };

  let message: string | undefined;
  if (isApiError(login.error) && login.error.status === 429) {
    const seconds = login.error.retryAfterSeconds;
    message =
      seconds === undefined
        ? t('auth.tooManyAttemptsLater')
        : t('auth.tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {login.isError && <ErrorAlert error={login.error} message={message} />}
        <TextInput
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          withAsterisk
          aria-required
          value={values.email}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setValues((previous) => ({ ...previous, email: value }));
          }}
          error={fieldErrors.email}
        />
        <PasswordField
          name="password"
          label={t('auth.password')}
          autoComplete="current-password"
          withAsterisk
          aria-required
          value={values.password}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setValues((previous) => ({ ...previous, password: value }));
          }}
          error={fieldErrors.password}
        />
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
