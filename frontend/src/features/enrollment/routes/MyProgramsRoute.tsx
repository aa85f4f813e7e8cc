import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { useMyPrograms } from '../api/get-my-programs';
import { APPLICATION_CLOSED, type MyProgram } from '../api/schemas';
import { useWithdrawApplication } from '../api/withdraw-application';
import { isActive } from '../components/ApplicationStanding';
import { ApplicationStatusBadge } from '../components/StatusBadge';
import { intlLocale } from '../../../lib/dates';

function formatDate(value: string | null, language: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(date);
}

/** `/my-programs` (signed in): the learner's applications and their outcomes. */
export function MyProgramsRoute() {
  const { t } = useTranslation();
  const programs = useMyPrograms();
  const withdraw = useWithdrawApplication();
  const [confirming, setConfirming] = useState<MyProgram | null>(null);

  const close = () => {
    setConfirming(null);
    withdraw.reset();
  };
  const confirm = () => {
    if (!confirming) return;
    withdraw.mutate(confirming.applicationId, {
      onSuccess: () => {
        notifications.show({ message: t('enrollment.withdrawn'), color: 'teal' });
        setConfirming(null);
      },
    });
  };

  let content;
  if (programs.isPending) content = <Loading />;
  else if (programs.isError) content = <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />;
  else if (programs.data.length === 0)
    content = (
      <Alert variant="light" title={t('enrollment.my.empty')}>
        <Text size="sm" mb="sm">
          {t('enrollment.my.emptyText')}
        </Text>
        <Button component={Link} to="/programs" size="sm">
          {t('enrollment.toCatalog')}
        </Button>
      </Alert>
    );
  else
    content = (
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {programs.data.map((item) => (
          <MyProgramCard key={item.applicationId} item={item} onWithdraw={() => setConfirming(item)} />
        ))}
      </Stack>
    );

  const withdrawConflict = isApiError(withdraw.error) && withdraw.error.code === APPLICATION_CLOSED;

  return (
    <Stack gap="md" maw={760}>
      <PageTitle>{t('myPrograms.title')}</PageTitle>
      {content}
      <Modal opened={confirming !== null} onClose={close} title={t('enrollment.my.confirmTitle')} centered>
        <Stack gap="md">
          <Text>{t('enrollment.my.confirmText', { title: confirming?.title ?? '' })}</Text>
          {withdraw.isError && (
            <ErrorAlert error={withdraw.error} message={withdrawConflict ? t('enrollment.my.closed') : undefined} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={withdraw.isPending}>
              {t('enrollment.my.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function MyProgramCard({ item, onWithdraw }: { item: MyProgram; onWithdraw: () => void }) {
  const { t, i18n } = useTranslation();
  const starts = formatDate(item.startsOn, i18n.resolvedLanguage);
  const ends = formatDate(item.endsOn, i18n.resolvedLanguage);
  const submitted = formatDate(item.submittedAt, i18n.resolvedLanguage);
  return (
    <Card component="li" withBorder radius="md" padding="lg" data-testid="my-program">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h4">
            <Anchor component={Link} to={`/programs/${item.programId}`} inherit>
              {item.title}
            </Anchor>
          </Title>
          <ApplicationStatusBadge status={item.status} />
        </Group>
        {(starts || ends) && (
          <Text size="sm" c="dimmed">
            {starts && ends ? `${starts} – ${ends}` : (starts ?? ends)}
          </Text>
        )}
        {submitted && (
          <Text size="sm" c="dimmed">
            {t('enrollment.my.submittedAt', { date: submitted })}
          </Text>
        )}
        {item.decisionMessage && (
          <Alert variant="light" color="gray" title={t('enrollment.my.decision')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.decisionMessage}
            </Text>
          </Alert>
        )}
        {isActive(item) && (
          <Group>
            <Button variant="default" color="red" size="sm" onClick={onWithdraw}>
              {t('enrollment.my.withdraw')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
