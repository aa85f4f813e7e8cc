import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { usePrograms } from '../api/get-programs';
import { PROGRAM_LANGUAGES, PROGRAM_TYPES, programLanguageSchema, programTypeSchema } from '../api/schemas';
import { ProgramCard } from '../components/ProgramCard';
import { useUrlFilters } from '../../../lib/use-url-filters';

export const CATALOG_PAGE_SIZE = 12;

/** `/programs`: the public catalog of published programs. */
export function CatalogRoute() {
  const { t } = useTranslation();
  const { params, page, setParam, clear, texts, setText } = useUrlFilters(['q']);
  const q = params.get('q') ?? '';
  const programType = programTypeSchema.safeParse(params.get('programType')).data;
  const language = programLanguageSchema.safeParse(params.get('language')).data;
  const filtered = q !== '' || programType !== undefined || language !== undefined;


  const programs = usePrograms({ q, programType, language, page: page - 1, size: CATALOG_PAGE_SIZE });

  return (
    <Stack gap="md">
      <div>
        <PageTitle mb={4}>{t('catalog.title')}</PageTitle>
        <Text c="dimmed" maw={760}>
          {t('catalog.lead')}
        </Text>
      </div>

      <Group align="flex-end" gap="md" role="search">
        <TextInput
          type="search"
          label={t('catalog.search')}
          placeholder={t('catalog.searchPlaceholder')}
          value={texts.q}
          onChange={(event) => setText('q', event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <NativeSelect
          label={t('catalog.form.programType')}
          data={[
            { value: '', label: t('catalog.anyType') },
            ...PROGRAM_TYPES.map((value) => ({ value, label: t(`catalog.programType.${value}`) })),
          ]}
          value={programType ?? ''}
          onChange={(event) => setParam('programType', event.currentTarget.value)}
          w={220}
        />
        <NativeSelect
          label={t('catalog.form.language')}
          data={[
            { value: '', label: t('catalog.anyLanguage') },
            ...PROGRAM_LANGUAGES.map((value) => ({ value, label: t(`catalog.language.${value}`) })),
          ]}
          value={language ?? ''}
          onChange={(event) => setParam('language', event.currentTarget.value)}
          w={200}
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
            <Stack gap="xs" py="lg" align="flex-start">
              <Text fw={600}>{filtered ? t('catalog.emptyFiltered') : t('catalog.empty')}</Text>
              <Text c="dimmed">{filtered ? t('catalog.emptyFilteredText') : t('catalog.emptyText')}</Text>
              {filtered && (
                <Button
                  variant="default"
                  onClick={clear}
                >
                  {t('catalog.clearFilters')}
                </Button>
              )}
            </Stack>
          ) : (
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              style={{ opacity: programs.isPlaceholderData ? 0.6 : 1 }}
              aria-busy={programs.isFetching}
            >
              {programs.data.items.map((program) => (
                <ProgramCard key={program.id} program={program} />
              ))}
            </SimpleGrid>
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
