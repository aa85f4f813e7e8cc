import { Anchor, Badge, Button, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useProgramsReport, type Period } from '../api/get-programs-report';
import type { ProgramsReport } from '../api/schemas';
import { useFormat } from '../components/format';
import { useStatusLabel } from '../components/labels';
import { RegionChart } from '../components/RegionChart';
import { Section } from '../components/Section';
import { TableBox } from '../components/TableBox';
import classes from '../reporting.module.css';

const COUNTS = ['applied', 'admitted', 'attended', 'certified'] as const;

/** `/admin/reports` (administrators): every program's figures for a period, the totals, hours and ECTS delivered, and participants by oblast. */
export function ProgramsReportRoute() {
  const { t } = useTranslation();
  const { params, setParam, clear } = useUrlFilters();
  const period: Period = { from: params.get('from') || undefined, to: params.get('to') || undefined };
  const report = useProgramsReport(period);

  return (
    <Stack gap="md">
      <div>
        <PageTitle mb={4}>{t('reporting.programs.title')}</PageTitle>
        <Text c="dimmed">{t('reporting.programs.lead')}</Text>
      </div>

      <div role="search" aria-label={t('reporting.programs.period')} className={classes.filters}>
        <DateField
          label={t('reporting.filters.from')}
          value={period.from ?? null}
          onChange={(value) => setParam('from', value ?? undefined)}
          maxDate={period.to}
        />
        <DateField label={t('reporting.filters.to')} value={period.to ?? null} onChange={(value) => setParam('to', value ?? undefined)} minDate={period.from} />
        {(period.from || period.to) && (
          <Button variant="subtle" onClick={clear}>
            {t('reporting.filters.clear')}
          </Button>
        )}
      </div>

      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isPending && <Loading />}
      {report.data && (
        <Stack gap="md" aria-busy={report.isFetching} style={{ opacity: report.isPlaceholderData ? 0.6 : 1, minWidth: 0 }}>
          <Totals total={report.data.total} />
          <ProgramsTable report={report.data} />
          <Regions regions={report.data.regions} />
        </Stack>
      )}
    </Stack>
  );
}

function Totals({ total }: { total: ProgramsReport['total'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    ['programs', total.programs],
    ['applied', total.applied],
    ['admitted', total.admitted],
    ['attended', total.attended],
    ['certified', total.certified],
    ['hoursDelivered', total.hoursDelivered],
    ['ectsDelivered', total.ectsDelivered],
  ] as const;
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" m={0} data-testid="programs-totals" aria-label={t('reporting.programs.totals')}>
      {figures.map(([key, value]) => (
        <Paper key={key} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`reporting.programs.column.${key}`)}
          </Text>
          <Text component="dd" m={0} fz={24} fw={700}>
            {format.number(value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ProgramsTable({ report }: { report: ProgramsReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const statusLabel = useStatusLabel();
  return (
    <Section id="programs-report" title={t('reporting.programs.tableTitle')} lead={t('reporting.programs.tableLead')}>
      {report.programs.length === 0 ? (
        <Text c="dimmed">{t('reporting.programs.empty')}</Text>
      ) : (
        <TableBox label={t('reporting.programs.tableTitle')} minWidth={1080}>
          <Table striped verticalSpacing={6} data-testid="programs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reporting.programs.column.program')}</Table.Th>
                <Table.Th scope="col">{t('reporting.programs.column.dates')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reporting.programs.column.hours')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reporting.programs.column.ects')}
                </Table.Th>
                {COUNTS.map((key) => (
                  <Table.Th key={key} scope="col" ta="right">
                    {t(`reporting.programs.column.${key}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('reporting.programs.column.hoursDelivered')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reporting.programs.column.ectsDelivered')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.programs.map((program) => (
                <Table.Tr key={program.programId}>
                  <Table.Th scope="row" fw={500} miw={200}>
                    <Anchor component={Link} to={`/manage/programs/${program.programId}/reports`}>
                      {program.title}
                    </Anchor>
                    <div>
                      <Badge variant="light" color="gray" size="sm">
                        {statusLabel(program.status)}
                      </Badge>
                    </div>
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {format.date(program.startsOn)} – {format.date(program.endsOn)}
                  </Table.Td>
                  <Table.Td ta="right">{program.hours === null ? '—' : format.number(program.hours)}</Table.Td>
                  <Table.Td ta="right">{program.ects === null ? '—' : format.number(program.ects)}</Table.Td>
                  {COUNTS.map((key) => (
                    <Table.Td key={key} ta="right">
                      {format.number(program[key])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{format.number(program.hoursDelivered)}</Table.Td>
                  <Table.Td ta="right">{format.number(program.ectsDelivered)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr className={classes.totalRow} data-testid="programs-total-row">
                <Table.Th scope="row">{t('reporting.programs.totalRow', { count: report.total.programs })}</Table.Th>
                <Table.Td />
                <Table.Td />
                <Table.Td />
                {COUNTS.map((key) => (
                  <Table.Td key={key} ta="right">
                    {format.number(report.total[key])}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{format.number(report.total.hoursDelivered)}</Table.Td>
                <Table.Td ta="right">{format.number(report.total.ectsDelivered)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </TableBox>
      )}
    </Section>
  );
}

function Regions({ regions }: { regions: ProgramsReport['regions'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const named = regions.map((row) => ({ ...row, region: row.region ?? t('reporting.breakdowns.notStated') }));
  return (
    <Section id="programs-regions" title={t('reporting.programs.regionsTitle')}>
      {named.length === 0 ? (
        <Text c="dimmed">{t('reporting.programs.noRegions')}</Text>
      ) : (
        <>
          <RegionChart
            label={t('reporting.programs.regionsChart')}
            rows={named.map((row) => ({ region: row.region, participants: row.participants, certified: row.certified }))}
            series={[
              { name: 'participants', label: t('reporting.programs.column.participants'), color: 'civitas.6' },
              { name: 'certified', label: t('reporting.programs.column.certified'), color: 'teal.7' },
            ]}
          />
          <TableBox label={t('reporting.programs.regionsTitle')} minWidth={360}>
            <Table striped verticalSpacing={6} data-testid="regions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reporting.programs.column.region')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reporting.programs.column.participants')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reporting.programs.column.certified')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {named.map((row) => (
                  <Table.Tr key={row.region}>
                    <Table.Th scope="row" fw={500}>
                      {row.region}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(row.participants)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.certified)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableBox>
        </>
      )}
    </Section>
  );
}
