import { Button, FileInput, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError, type ApiError } from '../../../lib/problem';
import { isAbortError, type UploadProgress } from '../../../lib/upload';
import type { MaterialVisibility, Module } from '../api/schemas';
import { FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, MATERIAL_FILE_ACCEPT, useUploadMaterial } from '../api/upload-material';
import { formatFileSize, formatPercent, hasAllowedExtension, titleFromFileName } from './material-format';
import { ModuleField, moduleIdOf, VisibilityField } from './MaterialParts';

export const MATERIAL_TITLE_MAX = 300;

/** The fields the form shows errors under, in the order they appear. */
const FIELDS = ['file', 'title', 'moduleId', 'visibility'] as const;

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
  const fileId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  // The title follows the chosen file until the person types their own.
  const [suggestedTitle, setSuggestedTitle] = useState('');
  const [moduleId, setModuleId] = useState('');
  const [visibility, setVisibility] = useState<MaterialVisibility>('participants');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const apiError = isApiError(upload.error) ? upload.error : null;
  const fileError = apiError ? fileProblem(apiError, t) : undefined;
  const fieldErrors: Record<string, string | undefined> = useMemo(
    () => ({ ...(apiError?.fieldErrors ?? {}), ...(fileError ? { file: fileError } : {}), ...clientErrors }),
    [apiError, fileError, clientErrors],
  );
  const cancelled = upload.isError && isAbortError(upload.error);

  // After a failed try (checked here or refused by the server), focus the first field that shows an error.
  // Asked for by the failure itself, so focus never moves while the person edits.
  const [focusRequest, setFocusRequest] = useState(0);
  const requestFocus = () => setFocusRequest((request) => request + 1);
  useEffect(() => {
    const form = formRef.current;
    const first = FIELDS.find((field) => fieldErrors[field]);
    if (focusRequest === 0 || !form || !first) return;
    const target =
      first === 'file'
        ? document.getElementById(fileId)
        : form.querySelector<HTMLElement>(first === 'visibility' ? '[name="visibility"]:checked, [name="visibility"]' : `[name="${first}"]`);
    target?.focus();
    // Only a new request moves the focus; the errors it reads are those of the same render.
  }, [focusRequest]);

  /** A field's own message goes once its value changes; the server's stay until the next try. */
  const clearClientError = (field: string) => {
    setClientErrors((errors) => {
      if (!(field in errors)) return errors;
      const { [field]: _cleared, ...rest } = errors;
      return rest;
    });
  };

  const onFile = (chosen: File | null) => {
    setFile(chosen);
    if (upload.isError) upload.reset();
    clearClientError('file');
    if (title.trim() === '' || title === suggestedTitle) {
      const suggestion = chosen ? titleFromFileName(chosen.name) : '';
      setTitle(suggestion);
      setSuggestedTitle(suggestion);
      if (suggestion) clearClientError('title');
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const errors: Record<string, string> = {};
    if (!file) errors.file = t('catalog.materials.fileRequired');
    else if (!hasAllowedExtension(file.name)) errors.file = t('catalog.materials.fileTypeNotAllowed');
    const trimmed = title.trim();
    if (trimmed === '') errors.title = t('validation.required');
    else if (trimmed.length > MATERIAL_TITLE_MAX) errors.title = t('catalog.materials.titleTooLong', { max: MATERIAL_TITLE_MAX });
    upload.reset();
    setClientErrors(errors);
    if (!file || Object.keys(errors).length > 0) {
      requestFocus();
      return;
    }
    upload.mutate(
      { title: trimmed, visibility, moduleId: moduleIdOf(moduleId), file },
      {
        onError: (error) => {
          if (!isAbortError(error)) requestFocus();
        },
        onSuccess: (material) => {
          notifications.show({ message: t('catalog.materials.uploaded', { title: material.title }), color: 'teal' });
          onDone();
        },
      },
    );
  };

  const shownFieldError = FIELDS.some((field) => apiError?.fieldErrors[field]);
  const showAlert = apiError !== null && !fileError && (Boolean(apiError.problem.detail) || !shownFieldError);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {showAlert && <ErrorAlert error={apiError} />}
        {cancelled && (
          <Text size="sm" role="status">
            {t('catalog.materials.cancelled')}
          </Text>
        )}
        <fieldset disabled={upload.isPending} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <FileInput
              id={fileId}
              label={t('catalog.materials.file')}
              description={t('catalog.materials.fileHint')}
              placeholder={t('catalog.materials.filePlaceholder')}
              accept={MATERIAL_FILE_ACCEPT}
              withAsterisk
              aria-required
              clearable
              value={file}
              onChange={onFile}
              error={fieldErrors.file}
              fileInputProps={{ 'data-testid': 'material-file-input' } as ComponentProps<'input'>}
            />
            <TextInput
              name="title"
              label={t('catalog.materials.title')}
              description={t('catalog.materials.titleHint')}
              withAsterisk
              aria-required
              maxLength={MATERIAL_TITLE_MAX}
              value={title}
              onChange={(event) => {
                setTitle(event.currentTarget.value);
                clearClientError('title');
              }}
              error={fieldErrors.title}
            />
            <ModuleField modules={modules} value={moduleId} onChange={setModuleId} error={fieldErrors.moduleId} />
            <VisibilityField value={visibility} onChange={setVisibility} error={fieldErrors.visibility} />
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
