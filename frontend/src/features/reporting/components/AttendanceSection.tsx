import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_PARTS, type AttendancePart, type ModuleRow, type SessionRow } from '../api/schemas';
import { ChartBox } from './ChartBox';
import { useFormat } from './format';
import { Section } from './Section';
import { TableBox } from './TableBox';

export const PART_COLORS: Record<AttendancePart, string> = {
  present: 'teal.7',
  late: 'yellow.5',
  viaRecording: 'cyan.4',
  excused: 'indigo.4',
  absent: 'red.6',
  unrecorded: 'gray.4',
};
const MODULE_PARTS = ['present', 'late', 'viaRecording', 'excused', 'absent'] as const;

/** Attendance per session as stacked bars (the session table carries the same numbers) and per module as a table. */
export function AttendanceSection({ sessions, modules }: { sessions: SessionRow[]; modules: ModuleRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partLabel = (part: AttendancePart) => t(`reporting.attendance.${part}`);
  const data = sessions.map((session, index) => ({
    label: String(index + 1),
    ...Object.fromEntries(ATTENDANCE_PARTS.map((part) => [part, session[part]])),
  }));

  return (
    <Section id="report-attendance" title={t('reporting.attendance.title')} lead={t('reporting.attendance.lead')}>
      {sessions.length === 0 ? (
        <Text c="dimmed">{t('reporting.attendance.noSessions')}</Text>
      ) : (
        <>
          <ChartBox label={t('reporting.attendance.chartLabel')} minWidth={Math.max(300, sessions.length * 44)} testId="attendance-chart">
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              h={280}
              data={data}
              dataKey="label"
              type="stacked"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              xAxisLabel={t('reporting.attendance.sessionAxis')}
              series={ATTENDANCE_PARTS.map((part) => ({ name: part, label: partLabel(part), color: PART_COLORS[part] }))}
            />
          </ChartBox>

          <Title order={3} size="h5">
            {t('reporting.attendance.bySession')}
          </Title>
          <TableBox label={t('reporting.attendance.bySession')} minWidth={820}>
            <Table striped verticalSpacing={6} data-testid="sessions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">№</Table.Th>
                  <Table.Th scope="col">{t('reporting.attendance.session')}</Table.Th>
                  {ATTENDANCE_PARTS.map((part) => (
                    <Table.Th key={part} scope="col" ta="right">
                      {partLabel(part)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.map((session, index) => (
                  <Table.Tr key={session.sessionId}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Th scope="row" fw={500} miw={220}>
                      {session.title}
                      <Text size="xs" c="dimmed">
                        {[session.moduleTitle, format.dateTime(session.startsAt)].filter(Boolean).join(' · ')}
                      </Text>
                      {session.cancelled && (
                        <Badge color="gray" variant="light" size="sm">
                          {t('reporting.attendance.cancelled')}
                        </Badge>
                      )}
                    </Table.Th>
                    {ATTENDANCE_PARTS.map((part) => (
                      <Table.Td key={part} ta="right">
                        {format.number(session[part])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableBox>
        </>
      )}

      {modules.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('reporting.attendance.byModule')}
          </Title>
          <TableBox label={t('reporting.attendance.byModule')} minWidth={640}>
            <Table striped verticalSpacing={6} data-testid="modules-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reporting.attendance.module')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reporting.attendance.sessions')}
                  </Table.Th>
                  {MODULE_PARTS.map((part) => (
                    <Table.Th key={part} scope="col" ta="right">
                      {partLabel(part)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {modules.map((module) => (
                  <Table.Tr key={module.moduleId}>
                    <Table.Th scope="row" fw={500}>
                      {module.title}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(module.sessions)}</Table.Td>
                    {MODULE_PARTS.map((part) => (
                      <Table.Td key={part} ta="right">
                        {format.number(module[part])}
                      </Table.Td>
                    ))}
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
