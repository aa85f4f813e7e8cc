import { Alert, Anchor, Button, Checkbox, Group, Paper, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorMessage } from '../../../lib/error-message';
import { isApiError } from '../../../lib/problem';
import { useConfirmParticipantImport } from '../api/confirm-participant-import';
import type { ImportView, UnverifiedChoice } from '../api/import-schemas';
import { useImportFormat } from './import-format';

interface ImportConfirmProps {
  /** The import with its full counts. */
  view: ImportView;
  /** The freshest polled status while it is applied (its counts other than rows/valid/invalid are 0). */
  live: ImportView | undefined;
}

/**
 * What importing will do and the button to do it; while applying, the progress; afterwards the
 * result, or why it failed (the import is then back in preview and can be confirmed again).
 */
export function ImportConfirm({ view, live }: ImportConfirmProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const status = view.status;

  let body;
  if (status === 'applying') body = <Applying progress={(live ?? view).progress} />;
  else if (status === 'applied') body = <Applied view={view} />;
  else body = <ConfirmPanel key={view.id} view={view} />;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          {t('enrollment.imports.confirm.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}

function ConfirmPanel({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const confirm = useConfirmParticipantImport();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [unverified, setUnverified] = useState<UnverifiedChoice | null>(null);
  const { summary } = view;
  const hasInvalid = summary.invalid > 0;
  const hasUnverified = summary.unverifiedAccounts > 0;
  const overCapacity = summary.placesLeft !== null && summary.toAdmit > summary.placesLeft;
  const disabled =
    summary.valid === 0 ||
    summary.toAdmit === 0 ||
    (hasInvalid && !skipInvalid) ||
    (hasUnverified && unverified === null) ||
    confirm.isPending;
  // A refusal right by the button: the server's sentence and what it says of the field (e.g. the places left).
  const refusal = confirm.isError
    ? [errorMessage(confirm.error, t), ...(isApiError(confirm.error) ? Object.values(confirm.error.fieldErrors) : [])].join(' ')
    : undefined;

  return (
    <Stack gap="sm">
      {view.failure && (
        <Alert color="red" variant="light" role="alert" title={t('enrollment.imports.confirm.failureTitle')}>
          <Text size="sm" fw={600}>
            {view.failure.message}
          </Text>
          <Text size="sm">{t('enrollment.imports.confirm.failureHint')}</Text>
        </Alert>
      )}
      {summary.valid === 0 ? (
        <Alert color="red" variant="light" role="note" title={t('enrollment.imports.confirm.noValidTitle')}>
          <Text size="sm">{t('enrollment.imports.confirm.noValid')}</Text>
        </Alert>
      ) : summary.toAdmit === 0 ? (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm">{t('enrollment.imports.confirm.nothingToAdmit')}</Text>
        </Alert>
      ) : (
        <Text>
          {t('enrollment.imports.confirm.plan', { toAdmit: summary.toAdmit, newAccounts: summary.newAccounts })}
        </Text>
      )}
      {overCapacity && summary.toAdmit > 0 && (
        <Alert color="orange" variant="light" role="note" title={t('enrollment.imports.confirm.overCapacityTitle')}>
          <Text size="sm">
            {t('enrollment.imports.confirm.overCapacity', { places: summary.placesLeft, count: summary.toAdmit })}
          </Text>
        </Alert>
      )}
      {hasInvalid && summary.valid > 0 && (
        <Checkbox
          checked={skipInvalid}
          onChange={(event) => setSkipInvalid(event.currentTarget.checked)}
          label={t('enrollment.imports.confirm.skipInvalid', { count: summary.invalid })}
          description={t('enrollment.imports.confirm.skipHint')}
          color="red"
        />
      )}
      {hasUnverified && summary.valid > 0 && (
        <Radio.Group
          value={unverified}
          onChange={(value) => setUnverified(value as UnverifiedChoice)}
          label={t('enrollment.imports.confirm.unverified', { count: summary.unverifiedAccounts })}
          description={t('enrollment.imports.confirm.unverifiedHint')}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            <Radio value="skip" label={t('enrollment.imports.confirm.unverifiedSkip')} />
            <Radio value="admit" label={t('enrollment.imports.confirm.unverifiedAdmit')} />
          </Stack>
        </Radio.Group>
      )}
      {refusal && <ErrorAlert error={confirm.error} message={refusal} />}
      <Group>
        <Button
          color="teal"
          disabled={disabled}
          loading={confirm.isPending}
          onClick={() =>
            confirm.mutate({
              id: view.id,
              skipInvalid: hasInvalid && skipInvalid,
              unverifiedAccounts: hasUnverified ? (unverified ?? undefined) : undefined,
            })
          }
        >
          {t('enrollment.imports.confirm.submit', { count: summary.toAdmit })}
        </Button>
      </Group>
    </Stack>
  );
}

function Applying({ progress }: { progress: ImportView['progress'] }) {
  const { t } = useTranslation();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <Stack gap={6} maw={560} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('enrollment.imports.confirm.applying')}
        </Text>
        {total > 0 && <Text size="sm">{t('enrollment.imports.confirm.progress', { done, total })}</Text>}
      </Group>
      <Progress
        value={total > 0 ? percent : 100}
        striped
        animated
        size="lg"
        radius="sm"
        color="teal"
        aria-label={t('enrollment.imports.confirm.progressLabel')}
      />
      <Text size="sm" c="dimmed">
        {t('enrollment.imports.confirm.applyingHint')}
      </Text>
    </Stack>
  );
}

function Applied({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const { formatDateTime } = useImportFormat();
  const result = view.result;
  return (
    <Alert color="teal" variant="light" role="status" title={t('enrollment.imports.confirm.resultTitle')}>
      <Stack gap={6}>
        {result && (
          <Text size="sm" fw={600}>
            {t('enrollment.imports.confirm.result', {
              admitted: result.admitted,
              alreadyAdmitted: result.alreadyAdmitted,
              accountsCreated: result.accountsCreated,
            })}
          </Text>
        )}
        {view.appliedAt && (
          <Text size="sm">{t('enrollment.imports.confirm.appliedAt', { date: formatDateTime(view.appliedAt) })}</Text>
        )}
        <Anchor component={Link} to={`/manage/programs/${view.programId}/applications?status=admitted`} size="sm">
          {t('enrollment.imports.confirm.toAdmitted')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
