import { Anchor, Button, Card, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useDeleteQuestion } from '../api/delete-question';
import { useCategories } from '../api/get-categories';
import { useQuestion } from '../api/get-question';
import { QUESTION_TYPES, type Question, type QuestionType } from '../api/schemas';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { QuestionForm } from '../components/question-form/QuestionForm';
import { QuestionPreview } from '../components/QuestionPreview';
import { TypeBadge } from '../components/TypeBadge';
import { bankPath, type BankProgram } from '../viewer';

function BackToBank({ programId }: { programId: number }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={bankPath(programId)} size="sm">
      ← {t('assessment.editor.backToBank')}
    </Anchor>
  );
}

/**
 * `/manage/programs/:id/questions/new`: first the type (`?type=`), then the form; `?category=` is
 * where the question goes unless the person picks another.
 */
export function NewQuestionRoute({ program }: { program: BankProgram }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const categories = useCategories(program.id);
  const rawType = params.get('type');
  const type = QUESTION_TYPES.find((candidate) => candidate === rawType);
  const rawCategory = params.get('category');
  const categoryId = rawCategory && /^\d+$/.test(rawCategory) ? Number(rawCategory) : null;
  const query = (next: QuestionType) => `?type=${next}${categoryId === null ? '' : `&category=${categoryId}`}`;

  if (categories.isPending) return <Loading />;
  if (categories.isError) return <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />;
  if (!type) {
    return (
      <Stack gap="md">
        <BackToBank programId={program.id} />
        <PageTitle mb={0}>{t('assessment.editor.chooseType')}</PageTitle>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {QUESTION_TYPES.map((candidate) => (
            <Card component="li" withBorder key={candidate} padding="md">
              <Anchor component={Link} to={query(candidate)} fw={700}>
                {t(`assessment.type.${candidate}`)}
              </Anchor>
              <Text size="sm" c="dimmed" mt={4}>
                {t(`assessment.typeHint.${candidate}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <BackToBank programId={program.id} />
      <Group gap="sm">
        <PageTitle mb={0} id="question-form-title">
          {t('assessment.editor.newTitle')}
        </PageTitle>
        <TypeBadge type={type} />
      </Group>
      {categories.data.length === 0 ? (
        <ErrorAlert error={null} message={t('assessment.editor.noCategories')} />
      ) : (
        <QuestionForm
          key={type}
          programId={program.id}
          categories={categories.data}
          question={null}
          type={type}
          categoryId={categoryId ?? categories.data[0]?.id ?? null}
          onCreated={(question) => void navigate(bankPath(program.id, `/${question.id}`))}
          onCancel={() => void navigate(bankPath(program.id, categoryId === null ? '' : `?category=${categoryId}`))}
        />
      )}
    </Stack>
  );
}

/** `/manage/programs/:id/questions/:questionId`: the form, the preview beside it, and deletion. */
export function QuestionEditorRoute({ program }: { program: BankProgram }) {
  const { t } = useTranslation();
  const raw = useParams().questionId ?? '';
  const question = useQuestion(/^\d+$/.test(raw) ? Number(raw) : Number.NaN);
  const categories = useCategories(program.id);

  if (!/^\d+$/.test(raw)) return <ErrorAlert error={null} message={t('assessment.editor.notFound')} />;
  if (question.isPending || categories.isPending) return <Loading />;
  if (question.isError) return <ErrorAlert error={question.error} onRetry={() => void question.refetch()} />;
  if (categories.isError) return <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />;
  return <Editor program={program} question={question.data} categories={categories.data} />;
}

function Editor({ program, question, categories }: { program: BankProgram; question: Question; categories: Parameters<typeof QuestionForm>[0]['categories'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toBank = () => void navigate(bankPath(program.id, `?category=${question.categoryId}`));
  return (
    <Stack gap="md">
      <BackToBank programId={program.id} />
      <Group gap="sm" justify="space-between">
        <Group gap="sm">
          <PageTitle mb={0} id="question-form-title">
            {question.name}
          </PageTitle>
          <TypeBadge type={question.type} />
          <Text size="sm" c="dimmed">
            {t('assessment.bank.version', { n: question.versionNumber })}
          </Text>
        </Group>
        <DeleteQuestion programId={program.id} question={question} onDeleted={toBank} />
      </Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <QuestionForm
            programId={program.id}
            categories={categories}
            question={question}
            type={question.type}
            categoryId={question.categoryId}
            onCreated={() => undefined}
            onCancel={toBank}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <QuestionPreview question={question} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function DeleteQuestion({ programId, question, onDeleted }: { programId: number; question: Question; onDeleted: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteQuestion(programId);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
        {t('assessment.editor.delete')}
      </Button>
      {asking && (
        <ConfirmDelete
          id={question.id}
          remove={remove}
          title={t('assessment.editor.deleteTitle')}
          text={t(question.answered ? 'assessment.editor.deleteAnswered' : 'assessment.editor.deleteText', { name: question.name })}
          confirmLabel={t('assessment.editor.delete')}
          done={t('assessment.editor.deleted', { name: question.name })}
          onClose={() => setAsking(false)}
          onDeleted={onDeleted}
        />
      )}
    </>
  );
}
