import { Button, FileInput, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError, type ApiError } from '../../../lib/problem';
import { isAbortError, type UploadProgress } from '../../../lib/upload';
import type { MaterialVisibility, Module } from '../api/schemas';
import { FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, MATERIAL_FILE_ACCEPT, useUploadMaterial } from '../api/upload-material';
import { formatFileSize, formatPercent, hasAllowedExtension, titleFromFileName } from './material-format';
import { ModuleField, moduleIdOf, VisibilityField } from './MaterialParts';

export const MATERIAL_TITLE_MAX = 300;

interface UploadMaterialModalProps {
  programId: number;
  modules: Module[];
  opened: boolean;
  onClose: () => void;
}

/** Picks a document and uploads it with a live progress bar; closing the modal cancels the upload. */
export function UploadMaterialModal({ programId, modules, opened, onClose }: UploadMaterialModalProps) {
  const { t } = useTranslation();
  const upload = useUploadMaterial(programId);
  const close = () => {
    upload.cancel();
    upload.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('catalog.materials.uploadTitle')}
      centered
      size="lg"
      closeOnClickOutside={!upload.isPending}
    >
      <UploadForm modules={modules} upload={upload} onCancel={close} onDone={onClose} />
    </Modal>
  );
}

interface UploadFormProps {
  modules: Module[];
  upload: ReturnType<typeof useUploadMaterial>;
  onCancel: () => void;
  onDone: () => void;
}

/** 413 and 415 concern the file: their message goes under the file field, not on top. */
function fileProblem(error: ApiError, t: TFunction) {
  const tooLarge = error.status === 413 || error.code === FILE_TOO_LARGE;
  const wrongType = error.status === 415 || error.code === FILE_TYPE_NOT_ALLOWED;
  if (!tooLarge && !wrongType) return undefined;
  return (
    error.fieldErrors.file ??
    error.problem.detail ??
    t(tooLarge ? 'catalog.materials.fileTooLarge' : 'catalog.materials.fileTypeNotAllowed')
  );
}

function UploadForm({ modules, upload, onCancel, onDone }: UploadFormProps) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        file: z
          .instanceof(File, { message: t('catalog.materials.fileRequired') })
          .nullable()
          .refine((file) => file !== null, t('catalog.materials.fileRequired'))
          .refine((file) => file === null || hasAllowedExtension(file.name), t('catalog.materials.fileTypeNotAllowed')),
        title: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(MATERIAL_TITLE_MAX, t('catalog.materials.titleTooLong', { max: MATERIAL_TITLE_MAX })),
        moduleId: z.string(),
        visibility: z.string(),
      }),
    [t],
  );
  const form = useForm({
    initialValues: { file: null as File | null, title: '', moduleId: '', visibility: 'participants' as MaterialVisibility },
    validate: schemaResolver(schema, { sync: true }),
  });
  // The title follows the chosen file until the person types their own.
  const [suggestedTitle, setSuggestedTitle] = useState('');

  const cancelled = upload.isError && isAbortError(upload.error);
  const apiError = isApiError(upload.error) ? upload.error : null;
  // A file too large or of a refused type: the server's word goes under the file field.
  const fileError = apiError ? fileProblem(apiError, t) : undefined;
  const feedback = useFormFeedback(form, cancelled ? null : upload.error);
  const labels: Record<string, string> = {
    file: t('catalog.materials.file'),
    title: t('catalog.materials.title'),
    moduleId: t('catalog.materials.module'),
    visibility: t('catalog.materials.visibility'),
  };

  const onFile = (chosen: File | null) => {
    form.setFieldValue('file', chosen);
    if (upload.isError) upload.reset();
    const { title } = form.getValues();
    if (title.trim() === '' || title === suggestedTitle) {
      const suggestion = chosen ? titleFromFileName(chosen.name) : '';
      form.setFieldValue('title', suggestion);
      setSuggestedTitle(suggestion);
    }
  };

  const send = (values: typeof form.values) => {
    if (upload.isPending || !values.file) return;
    upload.mutate(
      { title: values.title.trim(), visibility: values.visibility, moduleId: moduleIdOf(values.moduleId), file: values.file },
      {
        onSuccess: (material) => {
          notifications.show({ message: t('catalog.materials.uploaded', { title: material.title }), color: 'teal' });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={feedback.onSubmit(send)} noValidate>
      <Stack gap="md">
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} message={form.errors.file ? undefined : fileError} />
        {cancelled && (
          <Text size="sm" role="status">
            {t('catalog.materials.cancelled')}
          </Text>
        )}
        <fieldset disabled={upload.isPending} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <FileInput
              label={labels.file}
              description={t('catalog.materials.fileHint')}
              placeholder={t('catalog.materials.filePlaceholder')}
              accept={MATERIAL_FILE_ACCEPT}
              required
              clearable
              {...form.getInputProps('file')}
              onChange={onFile}
              error={form.errors.file ?? fileError}
              aria-invalid={Boolean(form.errors.file ?? fileError)}
              fileInputProps={{ 'data-testid': 'material-file-input' } as ComponentProps<'input'>}
            />
            <TextInput
              label={labels.title}
              description={t('catalog.materials.titleHint')}
              required
              maxLength={MATERIAL_TITLE_MAX}
              {...form.getInputProps('title')}
            />
            <ModuleField modules={modules} {...form.getInputProps('moduleId')} />
            <VisibilityField {...form.getInputProps('visibility')} />
          </Stack>
        </fieldset>
        {upload.isPending && upload.progress && <UploadProgressBar progress={upload.progress} language={i18n.resolvedLanguage} />}
        <Group justify="flex-end">
          {upload.isPending ? (
            <Button variant="default" color="red" onClick={upload.cancel}>
              {t('catalog.materials.cancelUpload')}
            </Button>
          ) : (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={upload.isPending}>
            {t('catalog.materials.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function UploadProgressBar({ progress, language }: { progress: UploadProgress; language: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Progress value={progress.percent} size="lg" radius="sm" striped animated aria-label={t('catalog.materials.progressLabel')} />
      <Text size="sm" c="dimmed">
        {t('catalog.materials.progress', {
          percent: formatPercent(progress.percent, language),
          loaded: formatFileSize(progress.loaded, t, language),
          total: formatFileSize(progress.total, t, language),
        })}
      </Text>
    </Stack>
  );
}
