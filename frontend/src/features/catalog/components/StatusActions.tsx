import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import { useArchiveProgram } from '../api/archive-program';
import { PROGRAM_INCOMPLETE, usePublishProgram } from '../api/publish-program';
import type { Program } from '../api/schemas';
import { useUnpublishProgram } from '../api/unpublish-program';

/** The server's messages are generic ("required"); the field's label says what they are about. */
function fieldLabel(field: string, t: TFunction): string | undefined {
  const name = field.replace(/\[.*$/, '');
  switch (name) {
    case 'title':
    case 'description':
    case 'provider':
    case 'programType':
    case 'duration':
    case 'hours':
    case 'language':
    case 'startsOn':
    case 'endsOn':
    case 'enrollmentOpensAt':
    case 'enrollmentClosesAt':
    case 'capacity':
    case 'learningOutcomes':
    case 'partners':
      return t(`catalog.form.${name}`);
    case 'modules':
      return t('catalog.modules.heading');
    case 'trainerIds':
      return t('catalog.trainers.heading');
    default:
      return undefined;
  }
}

/**
 * Publish / unpublish / archive (admins only); explains what is missing when publishing fails.
 * A status change gives the program a new version, which `onChanged` hands to the editor.
 */
export function StatusActions({ program, onChanged }: { program: Program; onChanged?: (program: Program) => void }) {
  const { t } = useTranslation();
  const publish = usePublishProgram();
  const unpublish = useUnpublishProgram();
  const archive = useArchiveProgram();
  const mutations = [publish, unpublish, archive];
  const pending = mutations.some((mutation) => mutation.isPending);
  const failed = mutations.find((mutation) => mutation.isError);
  const incomplete = isApiError(publish.error) && publish.error.code === PROGRAM_INCOMPLETE ? publish.error : null;

  const run = (mutation: (typeof mutations)[number], done: string) => {
    mutations.forEach((m) => m.reset());
    mutation.mutate(program.id, {
      onSuccess: (changed) => {
        notifications.show({ message: done, color: 'teal' });
        onChanged?.(changed);
      },
    });
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {program.status !== 'published' && (
          <Button color="teal" loading={publish.isPending} disabled={pending} onClick={() => run(publish, t('catalog.editor.published'))}>
            {t('catalog.editor.publish')}
          </Button>
        )}
        {program.status === 'published' && (
          <Button variant="default" loading={unpublish.isPending} disabled={pending} onClick={() => run(unpublish, t('catalog.editor.unpublished'))}>
            {t('catalog.editor.unpublish')}
          </Button>
        )}
        {program.status !== 'archived' && (
          <Button variant="light" color="gray" loading={archive.isPending} disabled={pending} onClick={() => run(archive, t('catalog.editor.archived'))}>
            {t('catalog.editor.archive')}
          </Button>
        )}
      </Group>
      {incomplete ? (
        <Alert color="orange" variant="light" role="alert" title={t('catalog.editor.incompleteTitle')}>
          <Stack gap="xs">
            <Text size="sm">{incomplete.problem.detail ?? t('catalog.editor.incompleteText')}</Text>
            <List size="sm" aria-label={t('catalog.editor.incompleteTitle')}>
              {(incomplete.problem.errors ?? []).map((error) => (
                <List.Item key={`${error.field}-${error.code}`}>
                  {fieldLabel(error.field, t) ? `${fieldLabel(error.field, t)}: ${error.message}` : error.message}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      ) : (
        failed && <ErrorAlert error={failed.error} />
      )}
    </Stack>
  );
}
