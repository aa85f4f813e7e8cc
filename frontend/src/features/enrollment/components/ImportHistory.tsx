import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useParticipantImports } from '../api/get-participant-imports';
import type { ImportStatus, ImportView } from '../api/import-schemas';
import { useImportFormat } from './import-format';

const STATUS_COLORS: Record<ImportStatus, string> = { preview: 'blue', applying: 'yellow', applied: 'teal' };

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
      {t(`enrollment.imports.status.${status}`)}
    </Badge>
  );
}

interface ImportHistoryProps {
  programId: number;
  currentId: number | undefined;
  onOpen: (id: number) => void;
}

/** The program's earlier imports, newest first; any of them can be opened again. */
export function ImportHistory({ programId, currentId, onOpen }: ImportHistoryProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useImportFormat();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const imports = useParticipantImports(programId, page - 1);

  let content;
  if (imports.isError) content = <ErrorAlert error={imports.error} onRetry={() => void imports.refetch()} />;
  else if (imports.isPending) content = <Loading />;
  else if (imports.data.items.length === 0)
    content = (
      <Text size="sm" c="dimmed">
        {t('enrollment.imports.history.empty')}
      </Text>
    );
  else
    content = (
      <>
        <Table.ScrollContainer minWidth={760} className="cards-on-phone">
          <Table striped highlightOnHover verticalSpacing="xs" style={{ opacity: imports.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Caption>
              <VisuallyHidden>{t('enrollment.imports.history.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('enrollment.imports.history.colFile')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.history.colDate')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.history.colStatus')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.history.colRows')}</Table.Th>
                <Table.Th scope="col">{t('enrollment.imports.history.colResult')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('enrollment.imports.history.colActions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.items.map((item) => (
                <HistoryRow
                  key={item.id}
                  item={item}
                  current={item.id === currentId}
                  date={formatDateTime(item.createdAt)}
                  onOpen={() => onOpen(item.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {imports.data.totalPages > 1 && (
          <nav aria-label={t('enrollment.imports.history.pages')}>
            <Pager total={imports.data.totalPages} value={page} onChange={setPage} />
          </nav>
        )}
      </>
    );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          {t('enrollment.imports.history.title')}
        </Title>
        {content}
      </Stack>
    </Paper>
  );
}

function HistoryRow({ item, current, date, onOpen }: { item: ImportView; current: boolean; date: string; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Tr bg={current ? 'var(--mantine-primary-color-light)' : undefined} aria-current={current || undefined}>
      <Table.Th scope="row" fw={500}>
        <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
          {item.fileName}
        </Text>
      </Table.Th>
      <Table.Td data-label={t('enrollment.imports.history.colDate')}>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {date}
        </Text>
      </Table.Td>
      <Table.Td data-label={t('enrollment.imports.history.colStatus')}>
        <ImportStatusBadge status={item.status} />
      </Table.Td>
      <Table.Td data-label={t('enrollment.imports.history.colRows')}>
        <Text size="sm">
          {t('enrollment.imports.history.rows', { rows: item.summary.rows, invalid: item.summary.invalid })}
        </Text>
      </Table.Td>
      <Table.Td data-label={t('enrollment.imports.history.colResult')}>
        <Text size="sm">
          {item.result
            ? t('enrollment.imports.history.result', {
                admitted: item.result.admitted,
                accountsCreated: item.result.accountsCreated,
              })
            : item.failure
              ? t('enrollment.imports.history.failed')
              : '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {current ? (
          <Text size="sm" c="dimmed">
            {t('enrollment.imports.history.opened')}
          </Text>
        ) : (
          <Button
            size="compact-sm"
            variant="default"
            onClick={onOpen}
            aria-label={t('enrollment.imports.history.openFor', { name: item.fileName, date })}
          >
            {t('enrollment.imports.history.open')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
