import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';

/**
 * Above a form: the server's refusal when it says more than the fields show, or a reminder to
 * check the fields marked when they were caught before sending.
 */
export function FormProblem({ error, hasFieldErrors }: { error: unknown; hasFieldErrors: boolean }) {
  const { t } = useTranslation();
  if (error) {
    const detail = isApiError(error) ? error.problem.detail : undefined;
    return detail || !hasFieldErrors ? <ErrorAlert error={error} /> : null;
  }
  return hasFieldErrors ? (
    <Text c="red.8" size="sm" role="alert">
      {t('validation.checkFields')}
    </Text>
  ) : null;
}
