import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime } from '../../../lib/dates';
import type { Answer, Attempt, AttemptOption, AttemptQuestion, ReviewState } from '../api/schemas';
import { QuestionHtml } from '../components/QuestionHtml';
import { isAnswered, useOptionText } from './QuestionInput';

const STATE_COLORS: Record<ReviewState, string> = { correct: 'teal', partial: 'yellow', wrong: 'red', unanswered: 'gray' };

/** An answer as text: the choices' texts, "prompt → choice" pairs, or what was typed. */
function useAnswerText() {
  const { t } = useTranslation();
  const optionText = useOptionText();
  return (question: AttemptQuestion, answer: Answer | null): string[] => {
    if (!isAnswered(answer) || answer === null) return [t('quizzes.review.noAnswer')];
    const choice = (id: number) => {
      const option: AttemptOption | undefined = question.choices?.find((item) => item.id === id);
      return option ? optionText(question.type, option) : String(id);
    };
    if (typeof answer === 'number') return [choice(answer)];
    if (typeof answer === 'string') return [answer];
    if (Array.isArray(answer)) return answer.map(choice);
    return (question.prompts ?? [])
      .filter((prompt) => answer[prompt.id] !== undefined)
      .map((prompt) => `${prompt.text} → ${choice(answer[prompt.id] as number)}`);
  };
}

function AnswerLines({ label, lines }: { label: string; lines: string[] }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {lines.length === 1 ? (
        <Text size="sm">{lines[0]}</Text>
      ) : (
        <List size="sm">
          {lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/**
 * A submitted attempt, showing only what the quiz's review policy allows now (`shows`): the score
 * and whether it passed; for each question the person's answer, the correct one and the feedback.
 */
export function AttemptResult({ attempt, quizHref }: { attempt: Attempt; quizHref: string }) {
  const { t, i18n } = useTranslation();
  const answerText = useAnswerText();
  const { shows } = attempt;
  const perQuestion = shows.answers || shows.correctAnswers || shows.feedback;
  return (
    <Stack gap="md">
      <PageTitle mb={0}>{t('quizzes.review.title', { title: attempt.quizTitle })}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('quizzes.take.attemptN', { n: attempt.number })}
        {attempt.submittedAt && ` · ${t('quizzes.review.submittedAt', { when: formatDateTime(attempt.submittedAt, i18n.resolvedLanguage) })}`}
      </Text>
      <Card withBorder padding="md">
        {shows.score && attempt.score !== null ? (
          <Group gap="sm">
            <Text fz="xl" fw={700}>
              {t('quizzes.review.score', { score: attempt.score })}
            </Text>
            {attempt.passed !== null && (
              <Badge color={attempt.passed ? 'teal' : 'red'} variant="light" size="lg">
                {attempt.passed ? t('quizzes.review.passed') : t('quizzes.review.failed')}
              </Badge>
            )}
          </Group>
        ) : (
          <Text>{t('quizzes.review.scoreHidden')}</Text>
        )}
      </Card>
      {perQuestion ? (
        attempt.questions.map((question) => {
          const review = question.review;
          const headingId = `review-${question.id}`;
          return (
            <Card key={question.id} withBorder padding="md" component="section" aria-labelledby={headingId}>
              <Group justify="space-between" align="flex-start" mb="xs">
                <Title order={2} fz="h4" id={headingId}>
                  {t('quizzes.take.questionHeading', { n: question.position, total: attempt.questions.length })}
                </Title>
                {review?.state && (
                  <Badge color={STATE_COLORS[review.state]} variant="light">
                    {t(`quizzes.review.state.${review.state}`)}
                    {review.score !== null && ` · ${t('quizzes.review.marksOf', { score: review.score, mark: question.mark })}`}
                  </Badge>
                )}
              </Group>
              <QuestionHtml html={question.text} mb="sm" />
              <Stack gap="xs">
                {shows.answers && <AnswerLines label={t('quizzes.review.yourAnswer')} lines={answerText(question, question.answer)} />}
                {shows.correctAnswers && review?.correctAnswer != null && (
                  <AnswerLines label={t('quizzes.review.correctAnswer')} lines={answerText(question, review.correctAnswer)} />
                )}
                {shows.feedback && review?.feedback && (
                  <Alert variant="light" color="blue" title={t('quizzes.review.feedback')}>
                    <QuestionHtml html={review.feedback} />
                  </Alert>
                )}
                {shows.feedback && review?.generalFeedback && (
                  <Alert variant="light" color="gray" title={t('quizzes.review.generalFeedback')}>
                    <QuestionHtml html={review.generalFeedback} />
                  </Alert>
                )}
              </Stack>
            </Card>
          );
        })
      ) : (
        <Text c="dimmed">{t('quizzes.review.answersHidden')}</Text>
      )}
      <Group>
        <Button component={Link} to={quizHref} variant="default">
          {t('quizzes.review.backToQuiz')}
        </Button>
      </Group>
    </Stack>
  );
}
