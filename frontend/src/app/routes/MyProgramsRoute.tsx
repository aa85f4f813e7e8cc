import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RequireAuth } from '../../features/identity/components/RequireAuth';

/** Placeholder until the enrollment feature exists. */
export function MyProgramsRoute() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <Stack gap="md" maw={760}>
        <PageTitle>{t('myPrograms.title')}</PageTitle>
        <Alert variant="light" title={t('myPrograms.empty')}>
          <Text>{t('myPrograms.emptyText')}</Text>
        </Alert>
      </Stack>
    </RequireAuth>
  );
}
