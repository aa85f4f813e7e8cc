import { Anchor, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { StaleVersionAlert } from '../../../components/StaleVersionAlert';
import { isApiError } from '../../../lib/problem';
import type { Program } from '../api/schemas';
import { STALE_VERSION, useUpdateProgram } from '../api/update-program';
import { MaterialsEditor } from '../components/MaterialsEditor';
import { EditableProgram } from '../components/EditableProgram';
import { ModulesEditor } from '../components/ModulesEditor';
import { StatusBadge } from '../components/ProgramBadges';
import { ProgramForm } from '../components/ProgramForm';
import { StatusActions } from '../components/StatusActions';
import { TrainersEditor } from '../components/TrainersEditor';
import type { CatalogViewer } from '../viewer';

/** `/manage/programs/:id`: the program form, status actions, modules, materials and trainers. */
export function ProgramEditorRoute({ viewer }: { viewer: CatalogViewer }) {
  const { t } = useTranslation();
  return (
    <EditableProgram forbiddenText={t('catalog.editor.cannotEdit')}>
      {(program, reload) => <Editor program={program} viewer={viewer} reload={reload} />}
    </EditableProgram>
  );
}

interface EditorProps {
  program: Program;
  viewer: CatalogViewer;
  reload: () => Promise<Program | undefined>;
}

function Editor({ program, viewer, reload }: EditorProps) {
  const { t } = useTranslation();
  const update = useUpdateProgram();
  // The form edits the program as it was at `baseVersion`; the server refuses a save over a newer one.
  // The form starts from `formProgram`; `formKey` remounts it with fresh values after a save or reload.
  const [formProgram, setFormProgram] = useState(program);
  const [formKey, setFormKey] = useState(0);
  // Status changes made here bump the version without touching the form's fields, so only this moves.
  const [baseVersion, setBaseVersion] = useState(program.version);
  const resetForm = (fresh: Program) => {
    setFormProgram(fresh);
    setBaseVersion(fresh.version);
    setFormKey((key) => key + 1);
  };
  const stale = isApiError(update.error) && update.error.code === STALE_VERSION;

  const onReload = async () => {
    const fresh = await reload();
    if (fresh) {
      update.reset();
      resetForm(fresh);
    }
  };

  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <StatusBadge status={program.status} />
          <Anchor component={Link} to={`/programs/${program.id}`} size="sm">
            {t('catalog.editor.viewPage')}
          </Anchor>
        </Group>
        <PageTitle mb={0}>{program.title}</PageTitle>
        <Text c="dimmed">{t('catalog.editor.lead')}</Text>
      </Stack>

      {viewer.isAdmin && (
        <Paper withBorder p="md" radius="md" component="section" aria-label={t('catalog.editor.statusHeading')}>
          <Stack gap="xs">
            <Text fw={600}>{t('catalog.editor.statusHeading')}</Text>
            <StatusActions program={program} onChanged={(changed) => setBaseVersion(changed.version)} />
          </Stack>
        </Paper>
      )}

      <ProgramForm
        key={formKey}
        program={formProgram}
        error={update.error}
        hideError={stale}
        pending={update.isPending}
        submitLabel={t('common.save')}
        notice={stale && <StaleVersionAlert title={t('catalog.editor.staleTitle')} onReload={onReload} />}
        onSubmit={(request) =>
          update.mutate(
            { id: program.id, version: baseVersion, request },
            {
              onSuccess: (saved) => {
                notifications.show({ message: t('catalog.editor.saved'), color: 'teal' });
                resetForm(saved);
              },
            },
          )
        }
      />

      <Divider />
      <ModulesEditor programId={program.id} modules={program.modules} />

      <Divider />
      <MaterialsEditor programId={program.id} modules={program.modules} />

      {viewer.isAdmin && (
        <>
          <Divider />
          <TrainersEditor key={program.trainers.map((trainer) => trainer.id).join(',')} program={program} />
        </>
      )}
    </Stack>
  );
}
