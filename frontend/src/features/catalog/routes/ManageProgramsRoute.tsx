import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useManagedPrograms } from '../api/get-managed-programs';
import { PROGRAM_STATUSES, programStatusSchema } from '../api/schemas';
import { StatusBadge } from '../components/ProgramBadges';
import { useDateRange } from '../components/ProgramFacts';
import { useUrlFilters } from '../../../lib/use-url-filters';
import type { CatalogViewer } from '../viewer';

export const MANAGE_PAGE_SIZE = 20;

/** `/manage/programs`: every program for admins, the assigned ones for trainers. */
export function ManageProgramsRoute({ viewer }: { viewer: CatalogViewer }) {
  const { t } = useTranslation();
  const { params, page, setParam, texts, setText } = useUrlFilters(['q']);
  const q = params.get('q') ?? '';
  const status = programStatusSchema.safeParse(params.get('status')).data;
  const programs = useManagedPrograms({ q, status, page: page - 1, size: MANAGE_PAGE_SIZE });
  const dateRange = useDateRange();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle mb={4}>{t('catalog.manage.title')}</PageTitle>
          <Text c="dimmed">{viewer.isAdmin ? t('catalog.manage.leadAdmin') : t('catalog.manage.leadTrainer')}</Text>
        </div>
        {viewer.isAdmin && (
          <Button component={Link} to="/manage/programs/new">
            {t('catalog.manage.new')}
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="md" role="search">
        <TextInput
          type="search"
          label={t('catalog.search')}
          value={texts.q}
          onChange={(event) => setText('q', event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <NativeSelect
          label={t('catalog.manage.status')}
          data={[
            { value: '', label: t('catalog.manage.anyStatus') },
            ...PROGRAM_STATUSES.map((value) => ({ value, label: t(`catalog.status.${value}`) })),
          ]}
          value={status ?? ''}
          onChange={(event) => setParam('status', event.currentTarget.value)}
          w={220}
        />
      </Group>

      {programs.isError && <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />}
      {programs.isPending && <Loading />}
      {programs.data && (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('catalog.total', { count: programs.data.totalItems })}
          </Text>
          {programs.data.items.length === 0 ? (
            <Text py="lg">{viewer.isAdmin ? t('catalog.manage.emptyAdmin') : t('catalog.manage.emptyTrainer')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="sm" style={{ opacity: programs.isPlaceholderData ? 0.6 : 1 }}>
                <Table.Caption>
                  <VisuallyHidden>{t('catalog.manage.caption')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('catalog.form.title')}</Table.Th>
                    <Table.Th scope="col">{t('catalog.manage.status')}</Table.Th>
                    <Table.Th scope="col">{t('catalog.dates')}</Table.Th>
                    <Table.Th scope="col">{t('catalog.manage.modules')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {programs.data.items.map((program) => (
                    <Table.Tr key={program.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/manage/programs/${program.id}`}>
                          {program.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {program.provider}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        <StatusBadge status={program.status} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{dateRange(program.startsOn, program.endsOn)}</Text>
                      </Table.Td>
                      <Table.Td>{program.moduleCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {programs.data.totalPages > 1 && (
            <nav aria-label={t('catalog.pages')}>
              <Pager total={programs.data.totalPages} value={page} onChange={(value) => setParam('page', String(value))} />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}
