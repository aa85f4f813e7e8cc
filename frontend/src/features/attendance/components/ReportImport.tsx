import { Alert, Badge, Button, FileInput, Group, Paper, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import { isAbortError } from '../../../lib/upload';
import { useConfirmMeetingReport } from '../api/confirm-meeting-report';
import { IMPORT_OUTCOMES, REPORT_FILE_ACCEPT, type ImportOutcome, type ReportImport as Report } from '../api/schemas';
import { useUploadMeetingReport } from '../api/upload-meeting-report';

const OUTCOME_COLORS: Record<ImportOutcome, string> = {
  present: 'teal',
  below_threshold: 'yellow',
  unmatched: 'gray',
  ambiguous: 'red',
};

/**
 * The meeting-report wizard under the register: upload a Zoom or Teams attendance report (with its
 * progress), read the preview (who matched whom, minutes, the threshold, each outcome), then confirm.
 * Nothing is recorded before the confirmation.
 */
export function ReportImport({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const upload = useUploadMeetingReport(sessionId);
  const confirm = useConfirmMeetingReport();
  const [preview, setPreview] = useState<Report | null>(null);
  const [applied, setApplied] = useState<number | null>(null);

  const onFile = (file: File | null) => {
    upload.reset();
    confirm.reset();
    setApplied(null);
    setPreview(null);
    if (file) upload.mutate(file, { onSuccess: setPreview });
  };
  const onConfirm = (report: Report) =>
    confirm.mutate(
      { importId: report.id, sessionId },
      {
        onSuccess: () => {
          setApplied(report.entries.filter((entry) => entry.matchedUserId !== null).length);
          setPreview(null);
        },
      },
    );

  const progress = upload.progress;
  const fileError = isApiError(upload.error) ? upload.error.fieldErrors.file : undefined;
  const uploadAlert = upload.isError && !fileError && !isAbortError(upload.error);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          {t('attendance.import.title')}
        </Title>
        <Text size="sm">{t('attendance.import.intro')}</Text>
        <FileInput
          label={t('attendance.import.file')}
          description={t('attendance.import.formats')}
          accept={REPORT_FILE_ACCEPT}
          value={null}
          onChange={onFile}
          disabled={upload.isPending || confirm.isPending}
          error={fileError}
          clearable={false}
          maw={480}
          fileInputProps={{ 'data-testid': 'report-file-input' } as ComponentProps<'input'>}
        />
        {upload.isPending && (
          <Stack gap={4} maw={480}>
            <Progress value={progress?.percent ?? 0} aria-label={t('attendance.import.progressLabel')} animated />
            <Group gap="sm">
              <Text size="sm" role="status">
                {progress && progress.percent < 100
                  ? t('attendance.import.uploading', { percent: progress.percent })
                  : t('attendance.import.reading')}
              </Text>
              <Button size="compact-sm" variant="subtle" onClick={upload.cancel}>
                {t('attendance.import.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {uploadAlert && <ErrorAlert error={upload.error} />}
        {applied !== null && (
          <Alert color="teal" variant="light" role="status" title={t('attendance.import.applied', { count: applied })} />
        )}
        {preview && (
          <ReportPreview
            report={preview}
            confirming={confirm.isPending}
            error={confirm.error}
            onConfirm={() => onConfirm(preview)}
            onDiscard={() => onFile(null)}
          />
        )}
      </Stack>
    </Paper>
  );
}

interface ReportPreviewProps {
  report: Report;
  confirming: boolean;
  error: unknown;
  onConfirm: () => void;
  onDiscard: () => void;
}

function ReportPreview({ report, confirming, error, onConfirm, onDiscard }: ReportPreviewProps) {
  const { t } = useTranslation();
  const matched = report.entries.filter((entry) => entry.matchedUserId !== null).length;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {t('attendance.import.summary', {
          file: report.fileName,
          session: report.sessionMinutes,
          threshold: report.thresholdMinutes,
        })}
      </Text>
      <Text size="sm">
        {IMPORT_OUTCOMES.map(
          (outcome) =>
            `${t(`attendance.import.outcome.${outcome}`)}: ${report.entries.filter((entry) => entry.outcome === outcome).length}`,
        ).join(' · ')}
      </Text>
      <Table.ScrollContainer minWidth={760} className="cards-on-phone">
        <Table striped verticalSpacing="xs">
          <Table.Caption>
            <VisuallyHidden>{t('attendance.import.caption')}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {(['colLine', 'colName', 'colMatched', 'colMinutes', 'colOutcome'] as const).map((column) => (
                <Table.Th scope="col" key={column}>
                  {t(`attendance.import.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.entries.map((entry) => (
              <Table.Tr key={entry.line} data-testid="import-row">
                <Table.Td data-label={t('attendance.import.colLine')}>{entry.line}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" fw={600}>
                    {entry.name}
                  </Text>
                  {entry.email && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {entry.email}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td data-label={t('attendance.import.colMatched')}>
                  <Text size="sm">{entry.matchedName ?? '—'}</Text>
                </Table.Td>
                <Table.Td data-label={t('attendance.import.colMinutes')}>{entry.minutes}</Table.Td>
                <Table.Td data-label={t('attendance.import.colOutcome')}>
                  <Badge color={OUTCOME_COLORS[entry.outcome]} variant="light" miw="max-content">
                    {t(`attendance.import.outcome.${entry.outcome}`)}
                  </Badge>
                  {entry.outcome === 'ambiguous' && (
                    <Text size="xs">{t('attendance.import.candidates', { count: entry.candidates })}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {Boolean(error) && <ErrorAlert error={error} />}
      <Group gap="sm">
        <Button onClick={onConfirm} loading={confirming} disabled={matched === 0}>
          {t('attendance.import.confirm', { count: matched })}
        </Button>
        <Button variant="default" onClick={onDiscard} disabled={confirming}>
          {t('attendance.import.discard')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('attendance.import.confirmHint')}
      </Text>
    </Stack>
  );
}
