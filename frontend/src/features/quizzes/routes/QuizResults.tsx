import { Alert, Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime } from '../../../lib/dates';
import { errorMessage } from '../../../lib/error-message';
import { useQuiz } from '../api/get-quiz';
import { useQuizAnalysis } from '../api/get-quiz-analysis';
import { attemptsExportHref, useQuizAttempts } from '../api/get-quiz-attempts';
import { useRegradeQuiz } from '../api/regrade-quiz';
import type { Analysis, StaffAttempt } from '../api/schemas';
import classes from '../quizzes.module.css';

// The chart library loads only when someone opens a quiz's results.
const AnalysisChart = lazy(() => import('../components/AnalysisChart').then((m) => ({ default: m.AnalysisChart })));

type SortKey = 'fullName' | 'startedAt' | 'score';
type Direction = 'ascending' | 'descending';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10} %`);

/** A quiz's results for its staff: every attempt (filter, sort, export), regrading, and the item analysis. */
export function QuizResults({ quizId, onBack }: { quizId: number; onBack: () => void }) {
  const { t } = useTranslation();
  const quiz = useQuiz(quizId);
  const attempts = useQuizAttempts(quizId);
  const analysis = useQuizAnalysis(quizId);
  const [confirming, setConfirming] = useState(false);
  const regrade = useRegradeQuiz();

  const runRegrade = () =>
    regrade.mutate(quizId, {
      onSuccess: ({ regraded }) => {
        setConfirming(false);
        notifications.show({ color: 'teal', message: t('quizzes.results.regraded', { count: regraded }) });
      },
    });

  return (
    <Stack gap="lg">
      <Anchor component="button" type="button" size="sm" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
        ← {t('quizzes.tab.backToList')}
      </Anchor>
      <PageTitle mb={0}>{t('quizzes.results.title', { title: quiz.data?.title ?? '' })}</PageTitle>
      <Group gap="xs">
        <Button component="a" href={attemptsExportHref(quizId, 'csv')} variant="default" size="sm" download>
          {t('quizzes.results.exportCsv')}
        </Button>
        <Button component="a" href={attemptsExportHref(quizId, 'xlsx')} variant="default" size="sm" download>
          {t('quizzes.results.exportXlsx')}
        </Button>
        <Button variant="light" size="sm" onClick={() => setConfirming(true)}>
          {t('quizzes.results.regrade')}
        </Button>
      </Group>

      <section aria-labelledby="quiz-attempts">
        <Title order={2} fz="h3" id="quiz-attempts" mb="sm">
          {t('quizzes.results.attempts')}
        </Title>
        {attempts.isPending ? (
          <Loading />
        ) : attempts.isError ? (
          <ErrorAlert error={attempts.error} onRetry={() => void attempts.refetch()} />
        ) : (
          <AttemptsTable attempts={attempts.data} />
        )}
      </section>

      <section aria-labelledby="quiz-analysis">
        <Title order={2} fz="h3" id="quiz-analysis" mb="sm">
          {t('quizzes.results.analysis')}
        </Title>
        {analysis.isPending ? (
          <Loading />
        ) : analysis.isError ? (
          <ErrorAlert error={analysis.error} onRetry={() => void analysis.refetch()} />
        ) : (
          <AnalysisSection analysis={analysis.data} />
        )}
      </section>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('quizzes.results.regradeTitle')} centered>
        <Text mb="md">{t('quizzes.results.regradeText')}</Text>
        {regrade.isError && (
          <Alert color="red" variant="light" role="alert" mb="md">
            {errorMessage(regrade.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button onClick={runRegrade} loading={regrade.isPending}>
            {t('quizzes.results.regradeConfirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

function AttemptsTable({ attempts }: { attempts: StaffAttempt[] }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'fullName', direction: 'ascending' });
  const needle = search.trim().toLocaleLowerCase();
  const collator = new Intl.Collator(i18n.resolvedLanguage);
  const rows = attempts
    .filter((attempt) => !needle || attempt.fullName.toLocaleLowerCase().includes(needle))
    .filter((attempt) =>
      status === null ? true : status === 'passed' ? attempt.passed === true : status === 'failed' ? attempt.passed === false : attempt.status === status,
    )
    .sort((a, b) => {
      const order =
        sort.key === 'fullName'
          ? collator.compare(a.fullName, b.fullName) || a.number - b.number
          : sort.key === 'score'
            ? (a.score ?? -1) - (b.score ?? -1)
            : a.startedAt.localeCompare(b.startedAt);
      return sort.direction === 'ascending' ? order : -order;
    });

  const header = (key: SortKey, text: string) => {
    const active = sort.key === key;
    return (
      <Table.Th aria-sort={active ? sort.direction : 'none'}>
        <UnstyledButton
          fw={700}
          fz="sm"
          onClick={() => setSort({ key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' })}
        >
          {text} {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('quizzes.results.filterName')} type="search" value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
        <Select
          label={t('quizzes.results.filterStatus')}
          clearable
          placeholder={t('quizzes.results.all')}
          value={status}
          onChange={setStatus}
          data={[
            { value: 'in_progress', label: t('quizzes.results.status.in_progress') },
            { value: 'submitted', label: t('quizzes.results.status.submitted') },
            { value: 'passed', label: t('quizzes.review.passed') },
            { value: 'failed', label: t('quizzes.review.failed') },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {t('quizzes.results.shown', { count: rows.length, total: attempts.length })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {header('fullName', t('quizzes.results.name'))}
              <Table.Th>{t('quizzes.results.number')}</Table.Th>
              {header('startedAt', t('quizzes.results.started'))}
              <Table.Th>{t('quizzes.results.submitted')}</Table.Th>
              {header('score', t('quizzes.results.score'))}
              <Table.Th>{t('quizzes.results.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((attempt) => (
              <Table.Tr key={attempt.id}>
                <Table.Td>{attempt.fullName}</Table.Td>
                <Table.Td>{attempt.number}</Table.Td>
                <Table.Td>{formatDateTime(attempt.startedAt, i18n.resolvedLanguage)}</Table.Td>
                <Table.Td>
                  {attempt.submittedAt ? formatDateTime(attempt.submittedAt, i18n.resolvedLanguage) : t('quizzes.results.status.in_progress')}
                </Table.Td>
                <Table.Td>{percent(attempt.score)}</Table.Td>
                <Table.Td>
                  {attempt.passed !== null && (
                    <Badge color={attempt.passed ? 'teal' : 'red'} variant="light">
                      {attempt.passed ? t('quizzes.review.passed') : t('quizzes.review.failed')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Facility (share of marks earned) and discrimination per question, as a chart and a table, and each choice's picks. */
function AnalysisSection({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  if (analysis.attempts === 0) return <Text c="dimmed">{t('quizzes.results.noAttempts')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm">{t('quizzes.results.analysisOf', { count: analysis.attempts })}</Text>
      <Suspense fallback={<Loading />}>
        <AnalysisChart analysis={analysis} />
      </Suspense>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Caption>{t('quizzes.results.analysisCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quizzes.results.question')}</Table.Th>
              <Table.Th>{t('quizzes.results.facility')}</Table.Th>
              <Table.Th>{t('quizzes.results.discrimination')}</Table.Th>
              <Table.Th>{t('quizzes.results.picks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {analysis.questions.map((question, index) => (
              <Table.Tr key={question.questionId}>
                <Table.Td>
                  {index + 1}. {question.name}
                </Table.Td>
                <Table.Td>{percent(question.facility === null ? null : question.facility * 100)}</Table.Td>
                <Table.Td>{question.discrimination === null ? '—' : question.discrimination.toFixed(2)}</Table.Td>
                <Table.Td miw={200}>{question.choices && <ChoiceBars choices={question.choices} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Each choice's share of picks as a plain bar, its count in words beside it. */
function ChoiceBars({ choices }: { choices: { text: string; picked: number }[] }) {
  const { t } = useTranslation();
  const total = choices.reduce((sum, choice) => sum + choice.picked, 0);
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {choices.map((choice, index) => (
        <li key={index}>
          <Text size="xs">{t('quizzes.results.picked', { text: choice.text, count: choice.picked })}</Text>
          <div className={classes.meter} aria-hidden="true">
            <div className={classes.meterFill} style={{ width: `${total ? (choice.picked / total) * 100 : 0}%` }} />
          </div>
        </li>
      ))}
    </Stack>
  );
}
