import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message';

interface ErrorAlertProps {
  error: unknown;
  /** Overrides the message derived from the error (e.g. a 429 with the wait time). */
  message?: string;
  onRetry?: () => void;
}

/** Shows a problem+json `detail` (already in the user's language) as an alert. */
export function ErrorAlert({ error, message, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert">
      {message ?? errorMessage(error, t)}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
