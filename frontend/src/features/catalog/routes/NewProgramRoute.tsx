import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { useCreateProgram } from '../api/create-program';
import { ProgramForm } from '../components/ProgramForm';

/** `/manage/programs/new` (admins): creates a draft, then opens its editor for modules and trainers. */
export function NewProgramRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProgram();
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/manage/programs" size="sm">
        ← {t('catalog.manage.backToList')}
      </Anchor>
      <div>
        <PageTitle mb={4}>{t('catalog.manage.newTitle')}</PageTitle>
        <Text c="dimmed">{t('catalog.manage.newLead')}</Text>
      </div>
      <ProgramForm
        program={null}
        error={create.error}
        pending={create.isPending}
        submitLabel={t('catalog.manage.create')}
        onSubmit={(request, saved) =>
          create.mutate(request, {
            onSuccess: (program) => {
              saved();
              notifications.show({ message: t('catalog.manage.created'), color: 'teal' });
              void navigate(`/manage/programs/${program.id}`);
            },
          })
        }
      />
    </Stack>
  );
}
