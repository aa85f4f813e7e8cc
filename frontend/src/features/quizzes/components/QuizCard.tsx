import { Alert, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/error-message';
import type { Quiz } from '../api/schemas';
import { useStartAttempt } from '../api/start-attempt';
import { useQuizFacts } from './quiz-text';

/**
 * A quiz as a learner sees it: when it is open, the time limit, the attempts left and the pass mark,
 * their result when the review policy shows it, and "Start attempt" or "Continue attempt".
 */
export function QuizCard({ quiz }: { quiz: Quiz }) {
  const { t } = useTranslation();
  const facts = useQuizFacts();
  const navigate = useNavigate();
  const start = useStartAttempt();
  const me = quiz.me;
  const inProgress = me?.inProgressAttemptId ?? null;
  const noneLeft = me !== null && me.attemptsLeft === 0 && inProgress === null;

  const begin = () => {
    if (inProgress !== null) {
      void navigate(`/attempts/${inProgress}`);
      return;
    }
    start.mutate(quiz.id, { onSuccess: (attempt) => void navigate(`/attempts/${attempt.id}`) });
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color={quiz.open ? 'teal' : 'gray'} variant="light">
            {quiz.open ? t('quizzes.learner.open') : t('quizzes.learner.closed')}
          </Badge>
        </Group>
        {quiz.description && <Text style={{ whiteSpace: 'pre-line' }}>{quiz.description}</Text>}
        <List size="sm" spacing={4}>
          <List.Item>{facts.window(quiz)}</List.Item>
          <List.Item>{facts.timeLimit(quiz)}</List.Item>
          <List.Item>{facts.questions(quiz)}</List.Item>
          <List.Item>{facts.passMark(quiz)}</List.Item>
          <List.Item>
            {me?.attemptsLeft != null
              ? t('quizzes.learner.attemptsLeft', { count: me.attemptsLeft, used: me.attemptsUsed })
              : facts.attempts(quiz)}
          </List.Item>
        </List>
        {me && me.attemptsUsed > 0 && (
          <Text size="sm" component="div" aria-label={t('quizzes.learner.yourResult')}>
            {me.score !== null ? (
              <>
                {t('quizzes.learner.result', { score: me.score })}{' '}
                {me.passed !== null && (
                  <Badge color={me.passed ? 'teal' : 'red'} variant="light">
                    {me.passed ? t('quizzes.review.passed') : t('quizzes.review.failed')}
                  </Badge>
                )}
              </>
            ) : (
              t('quizzes.learner.resultHidden')
            )}
          </Text>
        )}
        {start.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(start.error, t)}
          </Alert>
        )}
        {me !== null && (inProgress !== null || (quiz.open && !noneLeft)) && (
          <Group>
            <Button onClick={begin} loading={start.isPending}>
              {inProgress !== null ? t('quizzes.learner.continue') : t('quizzes.learner.start')}
            </Button>
          </Group>
        )}
        {me !== null && noneLeft && <Text size="sm">{t('quizzes.learner.noneLeft')}</Text>}
        {quiz.timeLimitMinutes !== null && inProgress === null && quiz.open && !noneLeft && (
          <Text size="xs" c="dimmed">
            {t('quizzes.learner.timerStarts')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
