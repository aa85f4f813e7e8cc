import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { useCreateModule } from '../api/create-module';
import type { Module } from '../api/schemas';
import { useUpdateModule } from '../api/update-module';
import { useLastDefined } from '../../../lib/use-last-defined';

/** `module` null: closed; "new": adding; a Module: editing it. */
export type ModuleEditing = Module | 'new' | null;

export function ModuleModal({ programId, editing, onClose }: { programId: number; editing: ModuleEditing; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useLastDefined(editing);
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={shown === 'new' ? t('catalog.modules.addTitle') : t('catalog.modules.editTitle')}
      centered
      size="lg"
    >
      {shown && (
        <ModuleForm key={shown === 'new' ? 'new' : shown.id} programId={programId} module={shown === 'new' ? null : shown} onClose={onClose} />
      )}
    </Modal>
  );
}

function ModuleForm({ programId, module, onClose }: { programId: number; module: Module | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateModule(programId);
  const update = useUpdateModule(programId);
  const mutation = module ? update : create;
  const schema = useMemo(
    () =>
      z.object({
        title: z.string().trim().min(1, t('validation.required')),
        description: z.string(),
        hours: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .refine((hours) => Number.isInteger(Number(hours)) && Number(hours) >= 1, t('catalog.modules.hoursMin')),
      }),
    [t],
  );
  const form = useForm({
    initialValues: { title: module?.title ?? '', description: module?.description ?? '', hours: module ? String(module.hours) : '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const feedback = useFormFeedback(form, mutation.error);
  const labels: Record<string, string> = {
    title: t('catalog.modules.title'),
    description: t('catalog.modules.description'),
    hours: t('catalog.modules.hours'),
  };

  const save = (values: typeof form.values) => {
    const request = { title: values.title.trim(), description: values.description.trim(), hours: Number(values.hours) };
    const onSuccess = () => {
      notifications.show({ message: t(module ? 'catalog.modules.saved' : 'catalog.modules.added'), color: 'teal' });
      onClose();
    };
    if (module) update.mutate({ moduleId: module.id, request }, { onSuccess });
    else create.mutate(request, { onSuccess });
  };

  return (
    <form onSubmit={feedback.onSubmit(save)} noValidate>
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />
        <TextInput label={labels.title} required data-autofocus {...form.getInputProps('title')} />
        <Textarea
          label={`${labels.description} (${t('common.optional')})`}
          resize="vertical"
          rows={4}
          {...form.getInputProps('description')}
        />
        <TextInput type="number" inputMode="numeric" min={1} label={labels.hours} required w={200} {...form.getInputProps('hours')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
