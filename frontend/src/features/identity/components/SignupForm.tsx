import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PasswordField } from '../../../components/PasswordField';
import { useSignup } from '../api/signup';
import type { Me } from '../api/schemas';
import { FormProblem } from './FormProblem';
import { useFormFields } from './use-form-fields';

const FIELDS = ['email', 'password', 'surname', 'givenName', 'patronymic'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = { email: '', password: '', surname: '', givenName: '', patronymic: '' };
const REQUIRED: readonly Field[] = ['email', 'password', 'surname', 'givenName'];
export const PASSWORD_MIN_LENGTH = 8;

export function SignupForm({ onSuccess, loginHref = '/login' }: { onSuccess: (me: Me) => void; loginHref?: string }) {
  const { t } = useTranslation();
  const signup = useSignup();
  const { values, update, fieldErrors, setClientErrors, formRef, hasFieldErrors } = useFormFields(FIELDS, EMPTY, signup.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    for (const field of REQUIRED) {
      if (values[field].trim() === '') errors[field] = t('validation.required');
    }
    if (!errors.password && values.password.length < PASSWORD_MIN_LENGTH) {
      errors.password = t('validation.passwordTooShort');
    }
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    signup.reset();
    signup.mutate(
      {
        email: values.email.trim(),
        password: values.password,
        surname: values.surname.trim(),
        givenName: values.givenName.trim(),
        patronymic: values.patronymic.trim() === '' ? undefined : values.patronymic.trim(),
      },
      { onSuccess },
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-describedby="signup-lead">
      <Stack gap="md">
        <FormProblem error={signup.error} hasFieldErrors={hasFieldErrors} />
        <TextInput
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          withAsterisk
          aria-required
          value={values.email}
          onChange={update('email')}
          error={fieldErrors.email}
        />
        <PasswordField
          name="password"
          label={t('auth.password')}
          description={t('auth.passwordHint')}
          autoComplete="new-password"
          withAsterisk
          aria-required
          value={values.password}
          onChange={update('password')}
          error={fieldErrors.password}
        />
        <TextInput
          name="surname"
          label={t('auth.surname')}
          autoComplete="family-name"
          withAsterisk
          aria-required
          value={values.surname}
          onChange={update('surname')}
          error={fieldErrors.surname}
        />
        <TextInput
          name="givenName"
          label={t('auth.givenName')}
          autoComplete="given-name"
          withAsterisk
          aria-required
          value={values.givenName}
          onChange={update('givenName')}
          error={fieldErrors.givenName}
        />
        <TextInput
          name="patronymic"
          label={`${t('auth.patronymic')} (${t('common.optional')})`}
          autoComplete="additional-name"
          value={values.patronymic}
          onChange={update('patronymic')}
          error={fieldErrors.patronymic}
        />
        <Button type="submit" loading={signup.isPending} disabled={signup.isPending}>
          {t('auth.signupSubmit')}
        </Button>
        <Text size="sm">
          {t('auth.haveAccount')}{' '}
          <Anchor component={Link} to={loginHref}>
            {t('nav.login')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
