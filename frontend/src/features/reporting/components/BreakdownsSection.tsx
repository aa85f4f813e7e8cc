import { Button, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAKDOWNS, type Breakdown, type BreakdownRow, type ProgramReport } from '../api/schemas';
import { useFormat } from './format';
import { useGenderLabel } from './labels';
import { RegionChart } from './RegionChart';
import { Section } from './Section';
import { TableBox } from './TableBox';

const FIRST_ROWS = 10;
const FIGURES = ['applied', 'admitted', 'attended', 'certified'] as const;

/** Applied, admitted, attended and certified by region (with a chart), organization, category and gender. */
export function BreakdownsSection({ breakdowns }: { breakdowns: ProgramReport['breakdowns'] }) {
  const { t } = useTranslation();
  const region = breakdowns.region.filter((row): row is BreakdownRow & { value: string } => row.value !== null);
  return (
    <Section id="report-breakdowns" title={t('reporting.breakdowns.title')} lead={t('reporting.breakdowns.lead')}>
      {region.length > 0 && (
        <RegionChart
          label={t('reporting.breakdowns.regionChart')}
          rows={region.map((row) => ({ region: row.value, admitted: row.admitted, attended: row.attended, certified: row.certified }))}
          series={[
            { name: 'admitted', label: t('reporting.breakdowns.admitted'), color: 'civitas.3' },
            { name: 'attended', label: t('reporting.breakdowns.attended'), color: 'civitas.6' },
            { name: 'certified', label: t('reporting.breakdowns.certified'), color: 'teal.7' },
          ]}
        />
      )}
      {BREAKDOWNS.map((breakdown) => (
        <BreakdownTable key={breakdown} breakdown={breakdown} rows={breakdowns[breakdown]} />
      ))}
    </Section>
  );
}

function BreakdownTable({ breakdown, rows }: { breakdown: Breakdown; rows: BreakdownRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const genderLabel = useGenderLabel();
  const [all, setAll] = useState(false);
  const title = t(`reporting.breakdowns.by.${breakdown}`);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const valueLabel = (value: string | null) => (breakdown === 'gender' ? genderLabel(value) : (value ?? t('reporting.breakdowns.notStated')));
  return (
    <>
      <Title order={3} size="h5" mt="xs">
        {title}
      </Title>
      <TableBox label={title} minWidth={520}>
        <Table striped verticalSpacing={6} data-testid={`breakdown-${breakdown}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`reporting.breakdowns.column.${breakdown}`)}</Table.Th>
              {FIGURES.map((figure) => (
                <Table.Th key={figure} scope="col" ta="right">
                  {t(`reporting.breakdowns.${figure}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5} c="dimmed">
                  {t('reporting.breakdowns.empty')}
                </Table.Td>
              </Table.Tr>
            )}
            {shown.map((row) => (
              <Table.Tr key={row.value ?? ''}>
                <Table.Th scope="row" fw={500} miw={170}>
                  {valueLabel(row.value)}
                </Table.Th>
                {FIGURES.map((figure) => (
                  <Table.Td key={figure} ta="right">
                    {format.number(row[figure])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableBox>
      {rows.length > FIRST_ROWS && (
        <Button variant="subtle" size="compact-sm" onClick={() => setAll((value) => !value)} style={{ alignSelf: 'flex-start' }}>
          {all ? t('reporting.breakdowns.showFirst', { count: FIRST_ROWS }) : t('reporting.breakdowns.showAll', { count: rows.length })}
        </Button>
      )}
    </>
  );
}
