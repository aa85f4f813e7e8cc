import { Badge, Box, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../api/import-schemas';
import { importFieldLabel } from './ImportSummary';

/** More rows than this are paged, so that even 5000 rows keep the page light. */
export const IMPORT_ROWS_PAGE_SIZE = 100;
const COLUMNS = 6;

type RowFilter = 'all' | 'invalid' | 'valid';

const rowName = (row: ImportRow) => [row.surname, row.givenName, row.patronymic].filter(Boolean).join(' ');

interface ImportRowsTableProps {
  rows: ImportRow[];
  /** Once applied, the status column tells what the check found rather than what will happen. */
  applied: boolean;
}

/** The rows of an import with what will happen to each; rows with problems stand out in red. */
export function ImportRowsTable({ rows, applied }: ImportRowsTableProps) {
  const { t } = useTranslation();
  const invalidCount = rows.filter((row) => row.problems.length > 0).length;
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);

  const shown = rows.filter((row) =>
    filter === 'all' ? true : filter === 'invalid' ? row.problems.length > 0 : row.problems.length === 0,
  );
  const totalPages = Math.max(1, Math.ceil(shown.length / IMPORT_ROWS_PAGE_SIZE));
  const current = Math.min(page, totalPages);
  const from = (current - 1) * IMPORT_ROWS_PAGE_SIZE;
  const pageRows = shown.slice(from, from + IMPORT_ROWS_PAGE_SIZE);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t('enrollment.imports.rows.filter')}
          value={filter}
          onChange={(value) => {
            setFilter(value as RowFilter);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('enrollment.imports.rows.all', { count: rows.length }) },
            { value: 'invalid', label: t('enrollment.imports.rows.invalid', { count: invalidCount }) },
            { value: 'valid', label: t('enrollment.imports.rows.valid', { count: rows.length - invalidCount }) },
          ]}
        />
        {shown.length > IMPORT_ROWS_PAGE_SIZE && (
          <Text size="sm" c="dimmed" role="status">
            {t('enrollment.imports.rows.shown', {
              from: from + 1,
              to: from + pageRows.length,
              total: shown.length,
            })}
          </Text>
        )}
      </Group>

      {shown.length === 0 ? (
        <Text py="md" c="dimmed">
          {t('enrollment.imports.rows.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900} className="cards-on-phone">
          <Table verticalSpacing={6} withTableBorder>
            <Table.Caption>
              <VisuallyHidden>{t('enrollment.imports.rows.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={70}>
                  {t('enrollment.imports.rows.colLine')}
                </Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.rows.colName')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.rows.colEmail')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.rows.colOrganization')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.rows.colRegion')}</Table.Th>
                <Table.Th scope="col">
                  {applied ? t('enrollment.imports.rows.colStatusApplied') : t('enrollment.imports.rows.colStatus')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pageRows.map((row) => (
                <RowLines key={row.line} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {totalPages > 1 && (
        <nav aria-label={t('enrollment.imports.rows.pages')}>
          <Pager total={totalPages} value={current} onChange={setPage} />
        </nav>
      )}
    </Stack>
  );
}

/** One row of the file; its problems go on a line of their own right under it. */
function RowLines({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  const invalid = row.problems.length > 0;
  const background = invalid ? 'var(--mantine-color-red-light)' : undefined;
  const name = rowName(row);
  return (
    <Fragment>
      <Table.Tr
        data-testid="import-row"
        data-invalid={invalid || undefined}
        bg={background}
        style={invalid ? { borderBottom: 0, boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' } : undefined}
      >
        <Table.Td data-label={t('enrollment.imports.rows.colLine')}>
          <Text size="sm" c="dimmed" ff="monospace">
            {row.line}
          </Text>
        </Table.Td>
        <Table.Th scope="row" fw={500}>
          <Text size="sm" fw={500}>
            {name || '—'}
          </Text>
        </Table.Th>
        <Table.Td data-label={t('enrollment.imports.rows.colEmail')}>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {row.email || '—'}
          </Text>
        </Table.Td>
        <Table.Td data-label={t('enrollment.imports.rows.colOrganization')}>
          <Text size="sm">{row.organization ?? ''}</Text>
        </Table.Td>
        <Table.Td data-label={t('enrollment.imports.rows.colRegion')}>
          <Text size="sm">{row.region ?? ''}</Text>
        </Table.Td>
        <Table.Td data-label={t('enrollment.imports.rows.colStatus')}>
          <Box miw="max-content">
            <RowStatus row={row} />
          </Box>
        </Table.Td>
      </Table.Tr>
      {invalid && (
        <Table.Tr bg={background} style={{ boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' }}>
          <Table.Td />
          <Table.Td colSpan={COLUMNS - 1} pt={0}>
            <Stack gap={2}>
              {row.problems.map((problem, index) => (
                <Text key={`${problem.field}-${index}`} size="sm" c="red.9">
                  <Text span fw={600} inherit>
                    {importFieldLabel(problem.field, t)}:
                  </Text>{' '}
                  {problem.message}
                </Text>
              ))}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

function RowStatus({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  if (row.problems.length > 0) {
    return (
      <Badge color="red" variant="filled" tt="none">
        {t('enrollment.imports.rows.hasProblems', { count: row.problems.length })}
      </Badge>
    );
  }
  if (row.alreadyAdmitted) {
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('enrollment.imports.rows.alreadyAdmitted')}
      </Badge>
    );
  }
  const account = (
    <Badge color={row.existingAccount ? 'blue' : 'teal'} variant="light" tt="none">
      {row.existingAccount ? t('enrollment.imports.rows.existingAccount') : t('enrollment.imports.rows.newAccount')}
    </Badge>
  );
  if (!row.unverifiedAccount) return account;
  return (
    <Stack gap={4} align="flex-start">
      {account}
      <Badge color="orange" variant="light" tt="none" data-testid="unverified-account">
        {t('enrollment.imports.rows.unverified')}
      </Badge>
    </Stack>
  );
}
