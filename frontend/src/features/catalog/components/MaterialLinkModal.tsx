import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import { useCreateMaterialLink } from '../api/create-material-link';
import type { MaterialVisibility, Module } from '../api/schemas';
import { isWebUrl } from './material-format';
import { ModuleField, moduleIdOf, VisibilityField } from './MaterialParts';
import { MATERIAL_TITLE_MAX } from './UploadMaterialModal';
import { useFocusFirstError } from './use-field-focus';

export const MATERIAL_URL_MAX = 2000;

interface MaterialLinkModalProps {
  programId: number;
  modules: Module[];
  opened: boolean;
  onClose: () => void;
}

export function MaterialLinkModal({ programId, modules, opened, onClose }: MaterialLinkModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('catalog.materials.linkTitle')} centered size="lg">
      <LinkForm programId={programId} modules={modules} onClose={onClose} />
    </Modal>
  );
}

function LinkForm({ programId, modules, onClose }: { programId: number; modules: Module[]; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateMaterialLink(programId);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [moduleId, setModuleId] = useState('');
  const [visibility, setVisibility] = useState<MaterialVisibility>('participants');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const fieldErrors: Record<string, string | undefined> = useMemo(
    () => ({ ...(isApiError(create.error) ? create.error.fieldErrors : {}), ...clientErrors }),
    [create.error, clientErrors],
  );
  const formRef = useFocusFirstError(fieldErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const trimmedTitle = title.trim();
    const trimmedUrl = url.trim();
    if (trimmedTitle === '') errors.title = t('validation.required');
    else if (trimmedTitle.length > MATERIAL_TITLE_MAX)
      errors.title = t('catalog.materials.titleTooLong', { max: MATERIAL_TITLE_MAX });
    if (trimmedUrl === '') errors.url = t('validation.required');
    else if (!isWebUrl(trimmedUrl)) errors.url = t('catalog.materials.urlInvalid');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      { title: trimmedTitle, url: trimmedUrl, moduleId: moduleIdOf(moduleId), visibility },
      {
        onSuccess: (material) => {
          notifications.show({ message: t('catalog.materials.linkAdded', { title: material.title }), color: 'teal' });
          onClose();
        },
      },
    );
  };

  const problemDetail = isApiError(create.error) ? create.error.problem.detail : undefined;
  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {create.isError && (problemDetail || !hasFieldErrors) && <ErrorAlert error={create.error} />}
        <TextInput
          name="title"
          label={t('catalog.materials.title')}
          description={t('catalog.materials.titleHint')}
          withAsterisk
          aria-required
          data-autofocus
          maxLength={MATERIAL_TITLE_MAX}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={fieldErrors.title}
        />
        <TextInput
          name="url"
          type="url"
          inputMode="url"
          label={t('catalog.materials.url')}
          placeholder="https://"
          withAsterisk
          aria-required
          maxLength={MATERIAL_URL_MAX}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={fieldErrors.url}
        />
        <ModuleField modules={modules} value={moduleId} onChange={setModuleId} error={fieldErrors.moduleId} />
        <VisibilityField value={visibility} onChange={setVisibility} error={fieldErrors.visibility} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={create.isPending}>
            {t('catalog.materials.addLink')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
