import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
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
  const [title, setTitle] = useState(module?.title ?? '');
  const [description, setDescription] = useState(module?.description ?? '');
  const [hours, setHours] = useState(module ? String(module.hours) : '');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const fieldErrors: Record<string, string | undefined> = useMemo(
    () => ({ ...(isApiError(mutation.error) ? mutation.error.fieldErrors : {}), ...clientErrors }),
    [mutation.error, clientErrors],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (title.trim() === '') errors.title = t('validation.required');
    const hoursNumber = Number(hours);
    if (hours.trim() === '') errors.hours = t('validation.required');
    else if (!Number.isInteger(hoursNumber) || hoursNumber < 1) errors.hours = t('catalog.modules.hoursMin');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const request = { title: title.trim(), description: description.trim(), hours: hoursNumber };
    const onSuccess = () => {
      notifications.show({ message: t(module ? 'catalog.modules.saved' : 'catalog.modules.added'), color: 'teal' });
      onClose();
    };
    if (module) update.mutate({ moduleId: module.id, request }, { onSuccess });
    else create.mutate(request, { onSuccess });
  };

  const problemDetail = isApiError(mutation.error) ? mutation.error.problem.detail : undefined;
  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {mutation.isError && (problemDetail || !hasFieldErrors) && <ErrorAlert error={mutation.error} />}
        <TextInput
          name="title"
          label={t('catalog.modules.title')}
          withAsterisk
          aria-required
          data-autofocus
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={fieldErrors.title}
        />
        <Textarea
          name="description"
          label={`${t('catalog.modules.description')} (${t('common.optional')})`}
          resize="vertical"
          rows={4}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={fieldErrors.description}
        />
        <TextInput
          name="hours"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('catalog.modules.hours')}
          withAsterisk
          aria-required
          w={200}
          value={hours}
          onChange={(event) => setHours(event.currentTarget.value)}
          error={fieldErrors.hours}
        />
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
