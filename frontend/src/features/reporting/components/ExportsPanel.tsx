import { Alert, Button, Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { donorReportUrl, reportFileUrl, type ExportBreakdown, type ExportFormat, type ReportFilters } from '../api/schemas';
import { useFormat } from './format';
import { Section } from './Section';
import { TableBox } from './TableBox';
import { useDownload, type DownloadRequest } from './use-download';

const TABLE_BREAKDOWNS = ['funnel', 'region', 'organization', 'category', 'gender', 'module', 'session', 'quiz', 'certificate'] as const satisfies readonly ExportBreakdown[];
const PEOPLE_LISTS = ['participant', 'attendance'] as const satisfies readonly ExportBreakdown[];
const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/**
 * The report's files with the current filters: each breakdown and the participant list as CSV or
 * XLSX, and the donor report. Files are streamed with the bytes received shown, and can be cancelled.
 */
export function ExportsPanel({ programId, filters }: { programId: number; filters: ReportFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, start, cancel } = useDownload();
  const running = state.phase === 'running';
  const filtered = Object.values(filters).some(Boolean);

  const fileRequest = (breakdown: ExportBreakdown, fileFormat: ExportFormat): DownloadRequest => ({
    key: `${breakdown}.${fileFormat}`,
    label: t('reporting.exports.fileLabel', { name: t(`reporting.exports.breakdown.${breakdown}`), format: fileFormat.toUpperCase() }),
    url: reportFileUrl(programId, fileFormat, breakdown, filters),
    fallbackName: `report-${programId}-${breakdown}.${fileFormat}`,
  });
  const donor: DownloadRequest = {
    key: 'donor',
    label: t('reporting.exports.donor'),
    url: donorReportUrl(programId, filters),
    fallbackName: `donor-report-${programId}.xlsx`,
  };
  /** `hidden` names the file for screen readers around the visible text: "За областями (" + "CSV" + ")". */
  const button = (request: DownloadRequest, text: string, variant = 'default', hidden?: { before: string; after: string }) => (
    <Button
      key={request.key}
      variant={variant}
      size="xs"
      onClick={() => void start(request)}
      disabled={running && state.request.key !== request.key}
      loading={running && state.request.key === request.key}
    >
      {hidden && <VisuallyHidden component="span">{hidden.before}</VisuallyHidden>}
      {text}
      {hidden && <VisuallyHidden component="span">{hidden.after}</VisuallyHidden>}
    </Button>
  );

  return (
    <Section id="report-exports" title={t('reporting.exports.title')} lead={filtered ? t('reporting.exports.leadFiltered') : t('reporting.exports.lead')}>
      <TableBox label={t('reporting.exports.tableLabel')} minWidth={300}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reporting.exports.what')}</Table.Th>
              <Table.Th scope="col">{t('reporting.exports.files')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...TABLE_BREAKDOWNS, ...PEOPLE_LISTS].map((breakdown) => (
              <Table.Tr key={breakdown}>
                <Table.Th scope="row" fw={500}>
                  {t(`reporting.exports.breakdown.${breakdown}`)}
                  {(breakdown === 'participant' || breakdown === 'attendance') && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t(`reporting.exports.${breakdown}Hint`)}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {FORMATS.map((fileFormat) =>
                      button(fileRequest(breakdown, fileFormat), fileFormat.toUpperCase(), 'default', {
                        before: `${t(`reporting.exports.breakdown.${breakdown}`)} (`,
                        after: ')',
                      }),
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableBox>

      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('reporting.exports.donorTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reporting.exports.donorHint')}
        </Text>
        <Group>{button(donor, t('reporting.exports.donor'), 'filled')}</Group>
      </Stack>

      <div aria-live="polite">
        {state.phase === 'running' && (
          <Stack gap={6} data-testid="download-progress">
            <Text size="sm" fw={600}>
              {t('reporting.exports.downloading', { name: state.request.label })}
            </Text>
            {state.progress.total ? (
              <Progress
                value={Math.min(100, Math.round((state.progress.loaded / state.progress.total) * 100))}
                aria-label={t('reporting.exports.progressLabel')}
              />
            ) : (
              <Progress value={100} animated striped aria-label={t('reporting.exports.progressLabel')} />
            )}
            <Group justify="space-between" gap="xs">
              <Text size="sm">
                {state.progress.total
                  ? t('reporting.exports.receivedOf', { loaded: format.megabytes(state.progress.loaded), total: format.megabytes(state.progress.total) })
                  : t('reporting.exports.received', { loaded: format.megabytes(state.progress.loaded) })}
              </Text>
              <Button variant="light" color="red" size="xs" onClick={cancel}>
                {t('reporting.exports.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {state.phase === 'done' && (
          <Alert color="teal" variant="light">
            {t('reporting.exports.done', { name: state.filename, size: format.megabytes(state.size) })}
          </Alert>
        )}
        {state.phase === 'cancelled' && (
          <Alert color="gray" variant="light">
            {t('reporting.exports.cancelled', { name: state.request.label })}
          </Alert>
        )}
      </div>
      {state.phase === 'failed' && <ErrorAlert error={state.error} />}
    </Section>
  );
}
