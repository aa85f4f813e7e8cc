import { Button, FileInput, Group, List, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import { isAbortError } from '../../../lib/upload';
import {
  IMPORT_FIELDS,
  IMPORT_FILE_ACCEPT,
  IMPORT_FILE_EXTENSIONS,
  IMPORT_MAX_FILE_BYTES,
  type ImportField,
  type ImportView,
} from '../api/import-schemas';
import { useUploadParticipantImport } from '../api/upload-participant-import';
import { downloadCsv } from './import-csv';
import { useImportFormat } from './import-format';

/** The template's columns: one name column per part of the name; the full-name column is the alternative. */
const TEMPLATE_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter((field) => field !== 'fullName');

interface ImportUploadProps {
  programId: number;
  onUploaded: (view: ImportView) => void;
}

/** What the list must look like, the template, and the picker that uploads with a progress bar. */
export function ImportUpload({ programId, onUploaded }: ImportUploadProps) {
  const { t } = useTranslation();
  const { formatSize } = useImportFormat();
  const upload = useUploadParticipantImport(programId);
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const headingId = useId();

  const onFile = (picked: File | null) => {
    upload.reset();
    setClientError(null);
    setFile(picked);
    if (!picked) return;
    const extension = picked.name.split('.').pop()?.toLowerCase() ?? '';
    let refusal: string | null = null;
    if (!(IMPORT_FILE_EXTENSIONS as readonly string[]).includes(extension)) refusal = t('enrollment.imports.upload.wrongType');
    else if (picked.size > IMPORT_MAX_FILE_BYTES) refusal = t('enrollment.imports.upload.tooLarge');
    else if (picked.size === 0) refusal = t('enrollment.imports.upload.emptyFile');
    if (refusal) {
      setClientError(refusal);
      return;
    }
    upload.mutate(picked, {
      onSuccess: (view) => {
        // The preview below names the file; the picker is ready for the next one.
        setFile(null);
        onUploaded(view);
      },
    });
  };

  const apiError = isApiError(upload.error) ? upload.error : null;
  const cancelled = isAbortError(upload.error);
  // 400, 413 and 415 name the file; other refusals (archived program, network) go into an alert.
  const fileError = clientError ?? apiError?.fieldErrors.file ?? null;
  const showAlert = upload.isError && !cancelled && !fileError;

  const downloadTemplate = () =>
    downloadCsv(t('enrollment.imports.upload.templateFile'), [
      TEMPLATE_FIELDS.map((field) => t(`enrollment.imports.fields.${field}`)),
    ]);

  const progress = upload.progress;
  const checking = upload.isPending && (progress === null || progress.percent >= 100);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          {t('enrollment.imports.upload.title')}
        </Title>
        <Text size="sm">{t('enrollment.imports.upload.columnsIntro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('enrollment.imports.upload.columnsRequired')}</List.Item>
          <List.Item>{t('enrollment.imports.upload.columnsOptional')}</List.Item>
          <List.Item>{t('enrollment.imports.upload.columnsOther')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('enrollment.imports.upload.formats')}
        </Text>
        <Group>
          <Button variant="light" size="sm" onClick={downloadTemplate}>
            {t('enrollment.imports.upload.template')}
          </Button>
        </Group>

        {showAlert && <ErrorAlert error={upload.error} />}
        <FileInput
          label={t('enrollment.imports.upload.file')}
          description={t('enrollment.imports.upload.fileHint')}
          placeholder={t('enrollment.imports.upload.filePlaceholder')}
          accept={IMPORT_FILE_ACCEPT}
          value={file}
          onChange={onFile}
          error={fileError}
          disabled={upload.isPending}
          maw={560}
          fileInputProps={{ 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
        />
        {cancelled && (
          <Text size="sm" role="status">
            {t('enrollment.imports.upload.cancelled')}
          </Text>
        )}
        {upload.isPending && (
          <Stack gap={6} maw={560} role="status" aria-live="polite">
            {checking ? (
              <Group gap="xs">
                <Loader size="sm" />
                <Text size="sm">{t('enrollment.imports.upload.checking')}</Text>
              </Group>
            ) : (
              progress && (
                <>
                  <Group justify="space-between" gap="xs">
                    <Text size="sm">
                      {t('enrollment.imports.upload.uploading', { percent: `${progress.percent} %` })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('enrollment.imports.upload.uploaded', {
                        loaded: formatSize(progress.loaded),
                        total: formatSize(progress.total),
                      })}
                    </Text>
                  </Group>
                  <Progress
                    value={progress.percent}
                    size="lg"
                    radius="sm"
                    striped
                    animated
                    aria-label={t('enrollment.imports.upload.progressLabel')}
                  />
                  <Group>
                    <Button variant="default" size="compact-sm" onClick={upload.cancel}>
                      {t('enrollment.imports.upload.cancel')}
                    </Button>
                  </Group>
                </>
              )
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
