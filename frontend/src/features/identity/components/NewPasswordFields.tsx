import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/PasswordField';

/** The labels of the new password pair, for the error summary. */
export function useNewPasswordLabels(): Record<'password' | 'confirmation', string> {
  const { t } = useTranslation();
  return { password: t('identity.setPassword.password'), confirmation: t('identity.setPassword.confirm') };
}

/** The new password with sign-up's hint, then the same again (see `confirmedPassword`). */
export function NewPasswordFields({ form }: { form: UseFormReturnType<{ password: string; confirmation: string }> }) {
  const { t } = useTranslation();
  const labels = useNewPasswordLabels();
  return (
    <>
      <PasswordField
        label={labels.password}
        description={t('auth.passwordHint')}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
      />
      <PasswordField label={labels.confirmation} autoComplete="new-password" required {...form.getInputProps('confirmation')} />
    </>
  );
}
