import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { QuizSummary } from '../api/schemas';

/** The facts of a quiz in words: when it is open, the time limit, the attempts, the pass mark. */
export function useQuizFacts() {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);
  return {
    window: (quiz: QuizSummary) =>
      quiz.opensAt && quiz.closesAt
        ? t('quizzes.facts.openFromTo', { from: when(quiz.opensAt), to: when(quiz.closesAt) })
        : quiz.opensAt
          ? t('quizzes.facts.openFrom', { from: when(quiz.opensAt) })
          : quiz.closesAt
            ? t('quizzes.facts.openTo', { to: when(quiz.closesAt) })
            : t('quizzes.facts.alwaysOpen'),
    timeLimit: (quiz: QuizSummary) =>
      quiz.timeLimitMinutes === null ? t('quizzes.facts.noTimeLimit') : t('quizzes.facts.timeLimit', { count: quiz.timeLimitMinutes }),
    attempts: (quiz: QuizSummary) =>
      quiz.attemptsAllowed === null ? t('quizzes.facts.unlimitedAttempts') : t('quizzes.facts.attemptsAllowed', { count: quiz.attemptsAllowed }),
    passMark: (quiz: QuizSummary) => t('quizzes.facts.passMark', { mark: quiz.passMark }),
    questions: (quiz: QuizSummary) => t('quizzes.facts.questions', { count: quiz.questionCount }),
  };
}
