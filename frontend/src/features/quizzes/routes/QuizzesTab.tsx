import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { errorMessage } from '../../../lib/error-message';
import { useDeleteQuiz } from '../api/delete-quiz';
import { useProgramQuizzes } from '../api/get-program-quizzes';
import { useQuiz } from '../api/get-quiz';
import type { QuizSummary } from '../api/schemas';
import { QuizForm } from '../components/QuizForm';
import { useQuizFacts } from '../components/quiz-text';
import type { QuizProgram } from '../viewer';
import { QuizResults } from './QuizResults';

const EDIT_PARAM = 'quiz';
const RESULTS_PARAM = 'results';

/**
 * The Tests tab of a program's workspace: its quizzes (module or final test, published, questions,
 * attempts), the settings form (`?quiz=new` or `?quiz=<id>`) and a quiz's results (`?results=<id>`).
 */
export function QuizzesTab({ program }: { program: QuizProgram }) {
  const { t } = useTranslation();
  const quizzes = useProgramQuizzes(program.id);
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState<QuizSummary | null>(null);
  const editing = params.get(EDIT_PARAM);
  const results = params.get(RESULTS_PARAM);
  const open = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(EDIT_PARAM);
      next.delete(RESULTS_PARAM);
      if (value !== null) next.set(name, value);
      return next;
    });
  const back = () => open(EDIT_PARAM, null);

  if (editing === 'new') return <FormScreen program={program} quizId={null} onDone={back} />;
  if (editing !== null) return <FormScreen key={editing} program={program} quizId={Number(editing)} onDone={back} />;
  if (results !== null) return <QuizResults quizId={Number(results)} onBack={back} />;

  if (quizzes.isPending) return <Loading />;
  if (quizzes.isError) return <ErrorAlert error={quizzes.error} onRetry={() => void quizzes.refetch()} />;

  const moduleTitle = (moduleId: number | null) => {
    if (moduleId === null) return t('quizzes.finalTest');
    const index = program.modules.findIndex((module) => module.id === moduleId);
    return index < 0 ? '' : t('quizzes.moduleN', { n: index + 1, title: program.modules[index]?.title ?? '' });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <PageTitle mb={0}>{t('quizzes.tab.title', { title: program.title })}</PageTitle>
        <Button onClick={() => open(EDIT_PARAM, 'new')}>{t('quizzes.tab.new')}</Button>
      </Group>
      {quizzes.data.length === 0 ? (
        <Text c="dimmed">{t('quizzes.tab.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('quizzes.tab.listLabel')}>
          {quizzes.data.map((quiz) => (
            <QuizRow
              key={quiz.id}
              quiz={quiz}
              moduleTitle={moduleTitle(quiz.moduleId)}
              onEdit={() => open(EDIT_PARAM, String(quiz.id))}
              onResults={() => open(RESULTS_PARAM, String(quiz.id))}
              onDelete={() => setDeleting(quiz)}
            />
          ))}
        </Stack>
      )}
      <DeleteQuizModal quiz={deleting} programId={program.id} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function QuizRow({
  quiz,
  moduleTitle,
  onEdit,
  onResults,
  onDelete,
}: {
  quiz: QuizSummary;
  moduleTitle: string;
  onEdit: () => void;
  onResults: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const facts = useQuizFacts();
  return (
    <Card component="li" withBorder padding="md" data-testid="quiz-row">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {moduleTitle}
        </Text>
        <Anchor component="button" type="button" fw={700} ta="start" onClick={onEdit}>
          {quiz.title}
        </Anchor>
        <Group gap={6}>
          <Badge color={quiz.published ? 'teal' : 'gray'} variant="light">
            {quiz.published ? t('quizzes.tab.published') : t('quizzes.tab.draft')}
          </Badge>
          {quiz.open && (
            <Badge color="blue" variant="light">
              {t('quizzes.learner.open')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {facts.questions(quiz)} · {facts.timeLimit(quiz)} · {facts.attempts(quiz)} · {facts.passMark(quiz)}
        </Text>
        <Text size="sm" c="dimmed">
          {facts.window(quiz)}
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('quizzes.tab.editFor', { title: quiz.title })}>
            {t('quizzes.tab.edit')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onResults} aria-label={t('quizzes.tab.resultsFor', { title: quiz.title })}>
            {t('quizzes.tab.results')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={onDelete}
            aria-label={t('quizzes.tab.deleteFor', { title: quiz.title })}
          >
            {t('quizzes.tab.delete')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function FormScreen({ program, quizId, onDone }: { program: QuizProgram; quizId: number | null; onDone: () => void }) {
  const { t } = useTranslation();
  const quiz = useQuiz(quizId ?? 0);
  if (quizId !== null && quiz.isPending) return <Loading />;
  if (quizId !== null && quiz.isError) return <ErrorAlert error={quiz.error} onRetry={() => void quiz.refetch()} />;
  const loaded = quizId === null ? null : (quiz.data ?? null);
  return (
    <Stack gap="md">
      <Anchor component="button" type="button" size="sm" onClick={onDone} style={{ alignSelf: 'flex-start' }}>
        ← {t('quizzes.tab.backToList')}
      </Anchor>
      <PageTitle mb={0} id="quiz-form-title">
        {loaded ? t('quizzes.form.editTitle', { title: loaded.title }) : t('quizzes.form.newTitle', { title: program.title })}
      </PageTitle>
      {loaded && loaded.attemptCount !== null && loaded.attemptCount > 0 && (
        <Alert color="yellow" variant="light">
          {t('quizzes.form.hasAttempts', { count: loaded.attemptCount })}
        </Alert>
      )}
      <QuizForm program={program} quiz={loaded} onDone={onDone} />
    </Stack>
  );
}

function DeleteQuizModal({ quiz, programId, onClose }: { quiz: QuizSummary | null; programId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteQuiz();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={quiz !== null} onClose={close} title={t('quizzes.tab.deleteTitle')} centered>
      <Text mb="md">{t('quizzes.tab.deleteText', { title: quiz?.title ?? '' })}</Text>
      {remove.isError && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {errorMessage(remove.error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={close} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          onClick={() =>
            quiz &&
            remove.mutate(
              { id: quiz.id, programId },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('quizzes.tab.deleted', { title: quiz.title }) });
                  close();
                },
              },
            )
          }
        >
          {t('quizzes.tab.delete')}
        </Button>
      </Group>
    </Modal>
  );
}
