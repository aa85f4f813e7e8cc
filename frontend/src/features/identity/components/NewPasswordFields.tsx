import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/PasswordField';

/** The labels of the new password pair, for the error summary. */
export function useNewPasswordLabels(): Record<'password' | 'confirmation', string> {
  const { t } = useTranslation();
  return { password: t('identity.setPassword.password'), confirmation: t('identity.setPassword.confirm') };
}

/** A password the person chooses, with the rules' hint. */
export function NewPasswordField({ label, ...inputProps }: GetInputPropsReturnType & { label: string }) {
  const { t } = useTranslation();
  return <PasswordField label={label} description={t('auth.passwordHint')} autoComplete="new-password" required {...inputProps} />;
}

/** The new password, then the same again (see `confirmedPassword`). */
export function NewPasswordFields({ form }: { form: UseFormReturnType<{ password: string; confirmation: string }> }) {
  const labels = useNewPasswordLabels();
  return (
    <>
      <NewPasswordField label={labels.password} {...form.getInputProps('password')} />
      <PasswordField label={labels.confirmation} autoComplete="new-password" required {...form.getInputProps('confirmation')} />
    </>
  );
}
