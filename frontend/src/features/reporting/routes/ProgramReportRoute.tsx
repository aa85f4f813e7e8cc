import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProgramReport } from '../api/get-program-report';
import { filtersFrom } from '../api/schemas';
import { AttendanceSection } from '../components/AttendanceSection';
import { BreakdownsSection } from '../components/BreakdownsSection';
import { CertificatesSection } from '../components/CertificatesSection';
import { ExportsPanel } from '../components/ExportsPanel';
import { FilterBar } from '../components/FilterBar';
import { FunnelSection } from '../components/FunnelSection';
import { QuizzesSection } from '../components/QuizzesSection';
import type { ReportProgram } from '../viewer';

/**
 * The Reports tab of a program's workspace (administrators and the program's trainers): the funnel,
 * attendance, tests, certificates and breakdowns for the filters in the URL, and the report's files.
 */
export function ProgramReportRoute({ program }: { program: ReportProgram }) {
  const { t } = useTranslation();
  const { params, setParam, clear } = useUrlFilters();
  const filters = filtersFrom(params);
  const report = useProgramReport(program.id, filters);

  return (
    <Stack gap="md">
      <div>
        <PageTitle mb={4}>{t('reporting.program.title', { title: program.title })}</PageTitle>
        <Text c="dimmed">{t('reporting.program.lead')}</Text>
      </div>

      <FilterBar filters={filters} options={report.data?.options} onChange={setParam} onClear={clear} />

      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isPending && <Loading />}
      {report.data && (
        <Stack gap="md" aria-busy={report.isFetching} style={{ opacity: report.isPlaceholderData ? 0.6 : 1, minWidth: 0 }}>
          <FunnelSection funnel={report.data.funnel} />
          <AttendanceSection sessions={report.data.sessions} modules={report.data.modules} />
          <QuizzesSection quizzes={report.data.quizzes} />
          <CertificatesSection certificates={report.data.certificates} />
          <BreakdownsSection breakdowns={report.data.breakdowns} />
        </Stack>
      )}
      <ExportsPanel programId={program.id} filters={filters} />
    </Stack>
  );
}
