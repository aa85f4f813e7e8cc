import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

/** From the program editor to the program's enrollment screens. */
export function ProgramManagementLinks({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const id = useParams().id;
  return (
    <Group gap="xs" component="nav" aria-label={t('enrollment.manage.linksLabel')}>
      <Button component={Link} to={`/manage/programs/${id}/applications`} variant="light" size="xs">
        {t('enrollment.manage.toApplications')}
      </Button>
      <Button component={Link} to={`/manage/programs/${id}/questionnaire`} variant="light" size="xs">
        {t('enrollment.manage.toQuestionnaire')}
      </Button>
      {isAdmin && (
        <Button component={Link} to={`/manage/programs/${id}/participant-imports`} variant="light" size="xs">
          {t('enrollment.manage.toImport')}
        </Button>
      )}
    </Group>
  );
}
