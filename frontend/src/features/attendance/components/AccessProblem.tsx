import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StatusPage } from '../../../components/StatusPage';
import { isApiError } from '../../../lib/problem';

/**
 * A staff screen of a session that failed to load: a 403 (a trainer of another program) and a 404
 * get a page of their own, anything else an alert with a retry.
 */
export function AccessProblem({ error, status: known, onRetry }: { error?: unknown; status?: 404; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = known ?? (isApiError(error) ? error.status : undefined);
  if (status !== 403 && status !== 404) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <StatusPage
      code={String(status)}
      title={status === 403 ? t('errors.forbiddenTitle') : t('attendance.notFoundTitle')}
      text={status === 403 ? t('attendance.forbiddenText') : t('attendance.notFoundText')}
      actions={
        <Button component={Link} to="/manage/programs">
          {t('attendance.toPrograms')}
        </Button>
      }
    />
  );
}
