import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** Placeholder until the catalog feature exists; says so honestly, shows no sample data. */
export function ProgramsRoute() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={760}>
      <PageTitle>{t('programs.title')}</PageTitle>
      <Alert variant="light" title={t('programs.comingSoon')}>
        <Text>{t('programs.comingSoonText')}</Text>
      </Alert>
    </Stack>
  );
}
