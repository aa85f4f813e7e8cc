import { Anchor, Badge, Button, Grid, Group, NativeSelect, Paper, Select, Stack, Switch, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useCategories } from '../api/get-categories';
import { useQuestions } from '../api/get-questions';
import { QUESTION_TYPES, type Category, type QuestionSummary, type QuestionType } from '../api/schemas';
import { CategoryModal, DeleteCategoryModal } from '../components/CategoryModals';
import { categoryLabel } from '../components/category-tree';
import { CategoryTree } from '../components/CategoryTree';
import { ExportMenu } from '../components/ExportMenu';
import { TypeBadge } from '../components/TypeBadge';
import { bankPath, type BankProgram } from '../viewer';

type CategoryDialog = { kind: 'add' } | { kind: 'edit'; category: Category } | { kind: 'delete'; category: Category } | null;

const isType = (value: string | null): value is QuestionType => QUESTION_TYPES.includes(value as QuestionType);

/**
 * The Questions tab: the bank's categories (a tree; a select on phones) and the questions of the
 * selected one, searched and filtered by type. The filters live in the URL (`category`, `sub=0`
 * to leave out subcategories, `q`, `type`, `page`).
 */
export function QuestionBankRoute({ program }: { program: BankProgram }) {
  const { t } = useTranslation();
  const filters = useUrlFilters(['q'] as const);
  const categories = useCategories(program.id);
  const [dialog, setDialog] = useState<CategoryDialog>(null);
  const rawCategory = filters.params.get('category');
  const categoryId = rawCategory && /^\d+$/.test(rawCategory) ? Number(rawCategory) : null;
  const selected = categories.data?.find((category) => category.id === categoryId);
  const subcategories = filters.params.get('sub') !== '0';
  const rawType = filters.params.get('type');
  const type = isType(rawType) ? rawType : undefined;
  const q = filters.params.get('q') ?? '';
  const questions = useQuestions(program.id, {
    categoryId: categoryId ?? undefined,
    subcategories,
    q: q || undefined,
    type,
    page: filters.page - 1,
  });
  const select = (id: number | null) => filters.setParam('category', id === null ? undefined : String(id));
  const inCategory = categoryId === null ? '' : `?category=${categoryId}`;
  const total = categories.data?.reduce((sum, category) => sum + category.questionCount, 0);

  if (categories.isPending) return <Loading />;
  if (categories.isError) return <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageTitle mb={0}>{t('assessment.bank.title', { title: program.title })}</PageTitle>
        <Group gap="sm">
          <Button component={Link} to={bankPath(program.id, `/new${inCategory}`)}>
            {t('assessment.bank.newQuestion')}
          </Button>
          <Button component={Link} to={bankPath(program.id, `/import${inCategory}`)} variant="default">
            {t('assessment.bank.import')}
          </Button>
          <ExportMenu programId={program.id} category={selected} />
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="bank-categories">
            <Stack gap="sm">
              <Title order={2} fz="h5" id="bank-categories">
                {t('assessment.bank.categories')}
              </Title>
              <Select
                hiddenFrom="md"
                label={t('assessment.bank.category')}
                allowDeselect={false}
                searchable
                value={categoryId === null ? 'all' : String(categoryId)}
                onChange={(value) => select(value === 'all' || value === null ? null : Number(value))}
                data={[
                  { value: 'all', label: t('assessment.bank.allQuestions') },
                  ...categories.data.map((category) => ({ value: String(category.id), label: `${categoryLabel(category)} (${category.questionCount})` })),
                ]}
              />
              <Stack visibleFrom="md" gap={0}>
                <CategoryTree categories={categories.data} selected={categoryId} onSelect={select} total={total} labelledBy="bank-categories" />
              </Stack>
              {categories.data.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('assessment.bank.noCategories')}
                </Text>
              )}
              <Group gap="xs">
                <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'add' })}>
                  {selected ? t('assessment.category.addInside') : t('assessment.category.add')}
                </Button>
                {selected && (
                  <>
                    <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'edit', category: selected })}>
                      {t('assessment.category.edit')}
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDialog({ kind: 'delete', category: selected })}>
                      {t('assessment.category.delete')}
                    </Button>
                  </>
                )}
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="sm" component="section" aria-labelledby="bank-questions">
            <Title order={2} fz="h4" id="bank-questions">
              {selected ? categoryLabel(selected) : t('assessment.bank.allQuestions')}
            </Title>
            <Group gap="sm" align="flex-end">
              <TextInput
                type="search"
                label={t('assessment.bank.search')}
                value={filters.texts.q}
                onChange={(event) => filters.setText('q', event.currentTarget.value)}
                w={{ base: '100%', xs: 260 }}
              />
              <NativeSelect
                label={t('assessment.bank.type')}
                value={type ?? ''}
                onChange={(event) => filters.setParam('type', event.currentTarget.value || undefined)}
                data={[{ value: '', label: t('assessment.bank.allTypes') }, ...QUESTION_TYPES.map((value) => ({ value, label: t(`assessment.type.${value}`) }))]}
                w={{ base: '100%', xs: 240 }}
              />
              {categoryId !== null && (
                <Switch
                  label={t('assessment.bank.subcategories')}
                  checked={subcategories}
                  onChange={(event) => filters.setParam('sub', event.currentTarget.checked ? undefined : '0')}
                  mb={8}
                />
              )}
            </Group>
            {questions.isPending ? (
              <Loading />
            ) : questions.isError ? (
              <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />
            ) : (
              <>
                <Text size="sm" c="dimmed" role="status">
                  {t('assessment.bank.found', { count: questions.data.totalItems })}
                </Text>
                {questions.data.items.length > 0 && <QuestionTable programId={program.id} questions={questions.data.items} />}
                {questions.data.totalPages > 1 && (
                  <Pager
                    total={questions.data.totalPages}
                    value={filters.page}
                    onChange={(page) => filters.setParam('page', page === 1 ? undefined : String(page))}
                  />
                )}
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {dialog?.kind === 'delete' ? (
        <DeleteCategoryModal
          programId={program.id}
          category={dialog.category}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setDialog(null);
            select(dialog.category.parentId);
          }}
        />
      ) : (
        dialog && (
          <CategoryModal
            programId={program.id}
            categories={categories.data}
            editing={dialog.kind === 'edit' ? { category: dialog.category } : { parentId: categoryId }}
            onClose={() => setDialog(null)}
            onSaved={(saved) => {
              setDialog(null);
              select(saved.id);
            }}
          />
        )
      )}
    </Stack>
  );
}

function QuestionTable({ programId, questions }: { programId: number; questions: QuestionSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720} className="cards-on-phone">
      <Table striped verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{t('assessment.bank.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['colName', 'colType', 'colCategory', 'colTags', 'colVersion'] as const).map((column) => (
              <Table.Th scope="col" key={column}>
                {t(`assessment.bank.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questions.map((question) => (
            <Table.Tr key={question.id} data-testid="question-row">
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={bankPath(programId, `/${question.id}`)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {question.name}
                </Anchor>
              </Table.Th>
              <Table.Td data-label={t('assessment.bank.colType')}>
                <TypeBadge type={question.type} />
              </Table.Td>
              <Table.Td data-label={t('assessment.bank.colCategory')}>
                <Text size="sm">{question.category.join(' / ')}</Text>
              </Table.Td>
              <Table.Td data-label={t('assessment.bank.colTags')}>
                <Group gap={4}>
                  {question.tags.map((tag) => (
                    <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td data-label={t('assessment.bank.colVersion')}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{t('assessment.bank.version', { n: question.versionNumber })}</Text>
                  {question.answered && (
                    <Badge size="sm" color="yellow" variant="light" tt="none" title={t('assessment.bank.answeredHint')}>
                      {t('assessment.bank.answered')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
