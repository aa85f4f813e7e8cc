import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useCreateMaterialLink } from '../api/create-material-link';
import type { MaterialVisibility, Module } from '../api/schemas';
import { isWebUrl } from './material-format';
import { ModuleField, moduleIdOf, VisibilityField } from './MaterialParts';
import { MATERIAL_TITLE_MAX } from './UploadMaterialModal';

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
  const schema = useMemo(
    () =>
      z.object({
        title: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(MATERIAL_TITLE_MAX, t('catalog.materials.titleTooLong', { max: MATERIAL_TITLE_MAX })),
        url: z.string().trim().min(1, t('validation.required')).refine(isWebUrl, t('catalog.materials.urlInvalid')),
        moduleId: z.string(),
        visibility: z.string(),
      }),
    [t],
  );
  const form = useForm({
    initialValues: { title: '', url: '', moduleId: '', visibility: 'participants' as MaterialVisibility },
    validate: schemaResolver(schema, { sync: true }),
  });
  const feedback = useFormFeedback(form, create.error);
  const labels: Record<string, string> = {
    title: t('catalog.materials.title'),
    url: t('catalog.materials.url'),
    moduleId: t('catalog.materials.module'),
    visibility: t('catalog.materials.visibility'),
  };

  return (
    <form
      onSubmit={feedback.onSubmit((values) =>
        create.mutate(
          { title: values.title.trim(), url: values.url.trim(), moduleId: moduleIdOf(values.moduleId), visibility: values.visibility },
          {
            onSuccess: (material) => {
              notifications.show({ message: t('catalog.materials.linkAdded', { title: material.title }), color: 'teal' });
              onClose();
            },
          },
        ),
      )}
      noValidate
    >
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <TextInput
          label={labels.title}
          description={t('catalog.materials.titleHint')}
          required
          data-autofocus
          maxLength={MATERIAL_TITLE_MAX}
          {...form.getInputProps('title')}
        />
        <TextInput
          type="url"
          inputMode="url"
          label={labels.url}
          placeholder="https://"
          required
          maxLength={MATERIAL_URL_MAX}
          {...form.getInputProps('url')}
        />
        <ModuleField modules={modules} {...form.getInputProps('moduleId')} />
        <VisibilityField {...form.getInputProps('visibility')} />
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
