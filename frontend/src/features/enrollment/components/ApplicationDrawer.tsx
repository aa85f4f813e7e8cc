import { Alert, Box, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Application, Decision, Question } from '../api/schemas';
import { DecisionButtons } from './DecisionControls';
import { categoryKey, fullName } from './options';
import { ApplicationStatusBadge } from './StatusBadge';

interface ApplicationDrawerProps {
  application: Application | null;
  /** The program's questions, to label the answers; undefined while they load. */
  questions: Question[] | undefined;
  canDecide: boolean;
  pending: Decision | null;
  error: ReactNode;
  onDecide: (decision: Decision) => void;
  onClose: () => void;
}

/** The whole application: the profile and the answers, labelled by the questionnaire's questions. */
export function ApplicationDrawer({ application, questions, canDecide, pending, error, onDecide, onClose }: ApplicationDrawerProps) {
  const { t } = useTranslation();
  // On a phone the drawer takes the whole screen, so values get the width they need.
  const phone = useMediaQuery('(max-width: 47.99em)');
  return (
    <Drawer
      opened={application !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={application ? fullName(application.profile) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {application && (
        <ApplicationDetails
          application={application}
          questions={questions}
          canDecide={canDecide}
          pending={pending}
          error={error}
          onDecide={onDecide}
        />
      )}
    </Drawer>
  );
}

function ApplicationDetails({
  application,
  questions,
  canDecide,
  pending,
  error,
  onDecide,
}: Omit<ApplicationDrawerProps, 'application' | 'onClose'> & { application: Application }) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'uk-UA', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const formatDate = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  };
  const { profile } = application;
  const key = categoryKey(profile.category);
  const formatAnswer = (answer: Answer | undefined): string | null => {
    if (answer === undefined) return null;
    if (typeof answer === 'boolean') return answer ? t('enrollment.form.yes') : t('enrollment.form.no');
    if (Array.isArray(answer)) return answer.length === 0 ? null : answer.join(', ');
    return answer.trim() === '' ? null : answer;
  };
  const known = new Set((questions ?? []).map((question) => question.id));
  // Answers to questions removed from the questionnaire since the person applied.
  const orphans = Object.keys(application.answers).filter((id) => questions !== undefined && !known.has(id));

  const profileRows: [string, ReactNode][] = [
    [t('enrollment.form.surname'), profile.surname],
    [t('enrollment.form.givenName'), profile.givenName],
    [t('enrollment.form.patronymic'), profile.patronymic],
    [t('enrollment.form.email'), profile.email],
    [t('enrollment.form.phone'), profile.phone],
    [t('enrollment.form.region'), profile.region],
    [t('enrollment.form.organization'), profile.organization],
    [t('enrollment.form.position'), profile.position],
    [t('enrollment.form.category'), key ? t(`enrollment.categories.${key}`) : profile.category],
    [t('enrollment.form.gender'), profile.gender ? t(`enrollment.gender.${profile.gender}`) : null],
    [t('enrollment.applications.consent'), profile.consent ? t('enrollment.form.yes') : t('enrollment.form.no')],
  ];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm">
          <ApplicationStatusBadge status={application.status} />
          <Text size="sm" c="dimmed">
            {t('enrollment.applications.submittedAt', { date: formatDate(application.submittedAt) })}
          </Text>
        </Group>
        {application.decidedAt && (
          <Text size="sm" c="dimmed">
            {t('enrollment.applications.decidedAt', { date: formatDate(application.decidedAt) })}
          </Text>
        )}
        {application.decisionMessage && (
          <Alert variant="light" color="gray" title={t('enrollment.applications.decisionMessage')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {application.decisionMessage}
            </Text>
          </Alert>
        )}
      </Stack>

      {canDecide && (
        <Stack gap="xs" component="section" aria-label={t('enrollment.applications.decisionHeading')}>
          {application.status === 'withdrawn' ? (
            <Text size="sm" c="dimmed">
              {t('enrollment.applications.withdrawnNote')}
            </Text>
          ) : (
            <DecisionButtons current={application.status} pending={pending} onDecide={onDecide} />
          )}
          {error}
        </Stack>
      )}

      <Divider />
      <Stack gap="sm" component="section">
        <Title order={2} fz="h4">
          {t('enrollment.applications.profileHeading')}
        </Title>
        <DefinitionList rows={profileRows} empty={t('enrollment.applications.notGiven')} />
      </Stack>

      <Divider />
      <Stack gap="sm" component="section">
        <Title order={2} fz="h4">
          {t('enrollment.applications.answersHeading')}
        </Title>
        {questions === undefined ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : questions.length === 0 && orphans.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('enrollment.applications.noQuestions')}
          </Text>
        ) : (
          <DefinitionList
            stacked
            rows={[
              ...questions.map((question): [string, ReactNode] => [question.label, formatAnswer(application.answers[question.id])]),
              ...orphans.map((id): [string, ReactNode] => [
                t('enrollment.applications.removedQuestion', { id }),
                formatAnswer(application.answers[id]),
              ]),
            ]}
            empty={t('enrollment.applications.noAnswer')}
          />
        )}
      </Stack>
    </Stack>
  );
}

function DefinitionList({ rows, empty, stacked = false }: { rows: [string, ReactNode][]; empty: string; stacked?: boolean }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        // a long label wraps rather than squeezing the value into a sliver
        gridTemplateColumns: stacked ? '1fr' : 'minmax(6rem, 11rem) minmax(0, 1fr)',
        columnGap: 'var(--mantine-spacing-md)',
        rowGap: stacked ? 4 : 'var(--mantine-spacing-xs)',
      }}
    >
      {rows.map(([label, value], index) => (
        <Box key={index} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="dimmed" fw={stacked ? 600 : 400} mt={stacked && index > 0 ? 'sm' : 0}>
            {label}
          </Text>
          <Text
            component="dd"
            size="sm"
            m={0}
            c={value === null || value === '' ? 'dimmed' : undefined}
            fs={value === null || value === '' ? 'italic' : undefined}
            style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
          >
            {value === null || value === '' ? empty : value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
