import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useSignup } from '../api/signup';
import type { Me } from '../api/schemas';
import { NewPasswordField } from './NewPasswordFields';
import { filledIn, newPassword } from './password-rules';

export function SignupForm({ onSuccess, loginHref = '/login' }: { onSuccess: (me: Me) => void; loginHref?: string }) {
  const { t } = useTranslation();
  const signup = useSignup();
  const schema = useMemo(
    () =>
      z.object({
        email: filledIn(t),
        password: newPassword(t),
        surname: filledIn(t),
        givenName: filledIn(t),
        patronymic: z.string(),
      }),
    [t],
  );
  const form = useForm({
    initialValues: { email: '', password: '', surname: '', givenName: '', patronymic: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const feedback = useFormFeedback(form, signup.error);
  const labels: Record<string, string> = {
    email: t('auth.email'),
    password: t('auth.password'),
    surname: t('auth.surname'),
    givenName: t('auth.givenName'),
    patronymic: t('auth.patronymic'),
  };

  return (
    <form
      onSubmit={feedback.onSubmit((values) =>
        signup.mutate(
          {
            email: values.email.trim(),
            password: values.password,
            surname: values.surname.trim(),
            givenName: values.givenName.trim(),
            patronymic: values.patronymic.trim() === '' ? undefined : values.patronymic.trim(),
          },
          { onSuccess },
        ),
      )}
      noValidate
      aria-describedby="signup-lead"
    >
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <TextInput type="email" label={labels.email} autoComplete="email" required {...form.getInputProps('email')} />
        <NewPasswordField label={t('auth.password')} {...form.getInputProps('password')} />
        <TextInput label={labels.surname} autoComplete="family-name" required {...form.getInputProps('surname')} />
        <TextInput label={labels.givenName} autoComplete="given-name" required {...form.getInputProps('givenName')} />
        <TextInput
          label={`${labels.patronymic} (${t('common.optional')})`}
          autoComplete="additional-name"
          {...form.getInputProps('patronymic')}
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
