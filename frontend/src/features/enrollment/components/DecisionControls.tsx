import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import { useLastDefined } from '../../../lib/use-last-defined';
import { MAX_DECISION_MESSAGE } from '../api/decide-applications';
import { CAPACITY_EXCEEDED, type ApplicationStatus, type Decision } from '../api/schemas';

const RESULT: Record<Decision, ApplicationStatus> = { admit: 'admitted', waitlist: 'waitlisted', reject: 'rejected' };

export function decisionResult(decision: Decision): ApplicationStatus {
  return RESULT[decision];
}

interface DecisionButtonsProps {
  /** The one application's status, to leave out a decision that would change nothing. */
  current?: ApplicationStatus;
  pending: Decision | null;
  disabled?: boolean;
  onDecide: (decision: Decision) => void;
  size?: 'xs' | 'sm';
}

/** Admit, waitlist, reject: for the selected rows or the application open in the drawer. */
export function DecisionButtons({ current, pending, disabled, onDecide, size = 'sm' }: DecisionButtonsProps) {
  const { t } = useTranslation();
  const button = (decision: Decision, color: string, variant: string) => (
    <Button
      size={size}
      color={color}
      variant={variant}
      loading={pending === decision}
      // Rejecting again is allowed: it may carry a different message.
      disabled={disabled || (pending !== null && pending !== decision) || (decision !== 'reject' && current === RESULT[decision])}
      onClick={() => onDecide(decision)}
    >
      {t(`enrollment.applications.decision.${decision}`)}
    </Button>
  );
  return (
    <Group gap="xs">
      {button('admit', 'teal', 'filled')}
      {button('waitlist', 'yellow', 'light')}
      {button('reject', 'red', 'light')}
    </Group>
  );
}

/**
 * Why a decision was refused. Past the capacity the server names the places left in the field
 * message of `applicationIds`; the alert says so and how many applications were picked.
 */
export function DecisionError({ error, count }: { error: unknown; count: number }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error) && error.code === CAPACITY_EXCEEDED) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t('enrollment.applications.capacityTitle')}>
        <Text size="sm" fw={600}>
          {error.fieldErrors.applicationIds ?? error.problem.detail}
        </Text>
        <Text size="sm">{t('enrollment.applications.capacityText', { count })}</Text>
      </Alert>
    );
  }
  const fieldMessage = isApiError(error) ? error.fieldErrors.applicationIds : undefined;
  return <ErrorAlert error={error} message={fieldMessage} />;
}

interface RejectModalProps {
  /** How many applications are being rejected; 0 keeps the modal closed. */
  count: number;
  pending: boolean;
  error: ReactNode;
  onConfirm: (message: string | undefined) => void;
  onClose: () => void;
}

/** Rejecting asks for an optional message: the applicants read it under «My programs». */
export function RejectModal({ count, pending, error, onConfirm, onClose }: RejectModalProps) {
  const { t } = useTranslation();
  // While the modal fades out after closing, its title keeps the count it was opened with.
  const shownCount = useLastDefined(count > 0 ? count : null);
  return (
    <Modal
      opened={count > 0}
      onClose={onClose}
      title={t('enrollment.applications.rejectTitle', { count: shownCount ?? 0 })}
      centered
      size="lg"
    >
      {/* The modal unmounts its content when closed, so each opening starts with an empty message. */}
      <RejectForm pending={pending} error={error} onConfirm={onConfirm} onClose={onClose} />
    </Modal>
  );
}

function RejectForm({ pending, error, onConfirm, onClose }: Omit<RejectModalProps, 'count'>) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { message: '' } });
  return (
    <form
      onSubmit={form.onSubmit(({ message }) => {
        const trimmed = message.trim();
        onConfirm(trimmed === '' ? undefined : trimmed);
      })}
    >
      <Stack gap="md">
        {error}
        <Textarea
          label={`${t('enrollment.applications.messageLabel')} (${t('common.optional')})`}
          description={t('enrollment.applications.messageHint')}
          rows={5}
          maxLength={MAX_DECISION_MESSAGE}
          {...form.getInputProps('message')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={pending}>
            {t('enrollment.applications.rejectConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
