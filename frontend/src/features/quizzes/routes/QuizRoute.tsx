import { Stack, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useQuiz } from '../api/get-quiz';
import type { Quiz } from '../api/schemas';
import { QuizCard } from '../components/QuizCard';

/** `/quizzes/:id`: a quiz's card for the learner; `context` is its program, composed by `src/app`. */
export function QuizRoute({ context }: { context?: (quiz: Quiz) => ReactNode }) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const quiz = useQuiz(id);
  if (quiz.isPending) return <Loading />;
  if (quiz.isError) return <ErrorAlert error={quiz.error} onRetry={() => void quiz.refetch()} />;
  return (
    <Stack gap="md" maw={760}>
      {context?.(quiz.data)}
      <PageTitle mb={0}>{quiz.data.title}</PageTitle>
      {quiz.data.moduleId === null && (
        <Text size="sm" c="dimmed">
          {t('quizzes.finalTest')}
        </Text>
      )}
      <QuizCard quiz={quiz.data} />
    </Stack>
  );
}
