import { Alert, Box, Button, Card, Group, Stack, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { errorMessage } from '../../../lib/error-message';
import { saveAnswer } from '../api/save-answer';
import { attemptQueryKey, type Answer, type Attempt, type AttemptQuestion } from '../api/schemas';
import { useSubmitAttempt } from '../api/submit-attempt';
import { QuestionHtml } from '../components/QuestionHtml';
import classes from '../quizzes.module.css';
import { AnswerSaver, TEXT_DEBOUNCE_MS } from './answer-saver';
import { formatSeconds, ServerClock, useCountdown } from './countdown';
import { isAnswered, isTextType, QuestionInput } from './QuestionInput';
import { SaveIndicator } from './SaveIndicator';
import { SubmitModal } from './SubmitModal';

type Answers = Record<number, Answer | null>;

function initialAnswers(attempt: Attempt, unsent: Map<number, Answer | null>): Answers {
  const answers: Answers = {};
  for (const question of attempt.questions) answers[question.id] = question.answer;
  // Given before a reload and not yet kept by the server: shown, and sent again.
  for (const [questionId, answer] of unsent) answers[questionId] = answer;
  return answers;
}

/**
 * An attempt in progress: the questions one per page (with numbered buttons that show which are
 * answered) or all on one page, each answer saved as it is given, the time left by the server's
 * clock, and the submit with a last look at what is unanswered. At 0 the attempt is submitted.
 */
export function TakingScreen({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const submit = useSubmitAttempt();
  const [clock] = useState(() => {
    const serverClock = new ServerClock();
    serverClock.sync(attempt.serverNow);
    return serverClock;
  });
  const [saver] = useState(
    () =>
      new AnswerSaver({
        attemptId: attempt.id,
        startedAt: attempt.startedAt,
        send: ({ keepalive: _keepalive, ...request }) => saveAnswer(request),
        onServerTime: (time) => clock.sync(time),
        // Submitted in another tab, or the time ran out: read the attempt again to show where it stands.
        onClosed: () => void queryClient.invalidateQueries({ queryKey: attemptQueryKey(attempt.id) }),
      }),
  );
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(attempt, saver.unsent()));
  const [current, setCurrent] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each answer from the server sets the clock again (the attempt read anew, a save's `savedAt`).
  useEffect(() => clock.sync(attempt.serverNow), [clock, attempt.serverNow]);
  useEffect(() => saver.start(), [saver]);
  // Text typed just before the page is hidden or closed still leaves.
  useEffect(() => {
    const onHide = () => saver.flush(true);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [saver]);

  const questions = attempt.questions;
  const onePerPage = attempt.layout === 'one_per_page';
  const unanswered = questions.filter((question) => !isAnswered(answers[question.id])).map((question) => question.position);

  const doSubmit = useCallback(
    async (auto: boolean) => {
      setSubmitError(null);
      try {
        await saver.settle();
      } catch {
        if (!auto) {
          setSubmitError(t('quizzes.take.unsavedBeforeSubmit'));
          return;
        }
      }
      submit.mutate(attempt.id, {
        onSuccess: () => {
          setConfirming(false);
          if (auto) notifications.show({ color: 'blue', message: t('quizzes.take.autoSubmitted') });
        },
        onError: (error) => setSubmitError(errorMessage(error, t)),
      });
    },
    [saver, submit, attempt.id, t],
  );

  const left = useCountdown({
    deadline: attempt.deadline,
    clock,
    onWarning: (seconds) => {
      const message = t(seconds >= 300 ? 'quizzes.take.warnFive' : 'quizzes.take.warnOne');
      setAnnouncement(message);
      notifications.show({ color: 'orange', message });
    },
    onExpire: () => {
      setAnnouncement(t('quizzes.take.timeUp'));
      void doSubmit(true);
    },
    stopped: submit.isSuccess,
  });

  const answer = (question: AttemptQuestion, value: Answer | null) => {
    setAnswers((previous) => ({ ...previous, [question.id]: value }));
    saver.set(question.id, value, isTextType(question.type) ? TEXT_DEBOUNCE_MS : 0);
  };

  const goTo = (index: number) => {
    setCurrent(index);
    setConfirming(false);
    if (!onePerPage) {
      document.getElementById(`question-${questions[index]?.id}`)?.scrollIntoView({ block: 'start' });
    }
    // The new question's heading takes focus, so a screen reader reads it next.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const shown = onePerPage ? questions.slice(current, current + 1) : questions;
  const timeUp = left === 0;

  return (
    <Stack gap="md">
      <PageTitle mb={0}>{attempt.quizTitle}</PageTitle>
      <Box className={classes.bar} py="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <SaveIndicator status={status} onRetry={saver.retryNow} />
          {left !== null && (
            <Text fw={700} role="timer" className={classes.timer} c={left <= 60 ? 'red.8' : left <= 300 ? 'orange.8' : undefined}>
              <VisuallyHidden>{t('quizzes.take.timeLeft')} </VisuallyHidden>
              {formatSeconds(left)}
            </Text>
          )}
        </Group>
        <VisuallyHidden aria-live="assertive">{announcement}</VisuallyHidden>
      </Box>
      <Text size="sm" c="dimmed">
        {t('quizzes.take.attemptN', { n: attempt.number })}
      </Text>

      {onePerPage && questions.length > 1 && (
        <nav aria-label={t('quizzes.take.navLabel')}>
          <ul className={classes.nav}>
            {questions.map((question, index) => {
              const done = isAnswered(answers[question.id]);
              return (
                <li key={question.id}>
                  <Button
                    className={classes.navButton}
                    variant={index === current ? 'filled' : done ? 'light' : 'default'}
                    aria-current={index === current ? 'step' : undefined}
                    aria-label={t(done ? 'quizzes.take.navAnswered' : 'quizzes.take.navUnanswered', { n: question.position })}
                    onClick={() => goTo(index)}
                  >
                    {question.position}
                    {done && <span aria-hidden="true">✓</span>}
                  </Button>
                </li>
              );
            })}
          </ul>
        </nav>
      )}

      {timeUp && (
        <Alert color="orange" variant="light" role="status">
          {t('quizzes.take.timeUp')}
        </Alert>
      )}

      {shown.map((question) => {
        const headingId = `question-${question.id}-heading`;
        return (
          <Card key={question.id} id={`question-${question.id}`} withBorder padding="md" component="section" aria-labelledby={headingId}>
            <Title order={2} fz="h4" id={headingId} ref={onePerPage ? headingRef : undefined} tabIndex={-1} mb="xs">
              {t('quizzes.take.questionHeading', { n: question.position, total: questions.length })}
              <Text span size="sm" c="dimmed" fw={400}>
                {' · '}
                {t('quizzes.take.marks', { count: question.mark })}
              </Text>
            </Title>
            <QuestionHtml html={question.text} />
            <QuestionInput
              question={question}
              labelledBy={headingId}
              value={answers[question.id] ?? null}
              onChange={(value) => answer(question, value)}
              disabled={timeUp || submit.isPending}
            />
          </Card>
        );
      })}

      <Group justify="space-between">
        {onePerPage ? (
          <Group gap="xs">
            <Button variant="default" disabled={current === 0} onClick={() => goTo(current - 1)}>
              {t('quizzes.take.previous')}
            </Button>
            <Button variant="default" disabled={current >= questions.length - 1} onClick={() => goTo(current + 1)}>
              {t('quizzes.take.next')}
            </Button>
          </Group>
        ) : (
          <span />
        )}
        <Button onClick={() => setConfirming(true)} disabled={submit.isPending && !confirming}>
          {t('quizzes.take.submit')}
        </Button>
      </Group>
      {submitError && !confirming && (
        <Alert color="red" variant="light" role="alert">
          {submitError}
          <UnstyledButton ml="sm" td="underline" onClick={() => void doSubmit(false)}>
            {t('errors.retry')}
          </UnstyledButton>
        </Alert>
      )}

      <SubmitModal
        opened={confirming}
        unanswered={unanswered}
        submitting={submit.isPending}
        error={submitError}
        onGoTo={(position) => goTo(questions.findIndex((question) => question.position === position))}
        onConfirm={() => void doSubmit(false)}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
