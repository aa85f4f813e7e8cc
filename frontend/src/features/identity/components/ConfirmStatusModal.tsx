import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDisableUser } from '../api/disable-user';
import { useEnableUser } from '../api/enable-user';
import type { AdminUser } from '../api/schemas';
import { useLastDefined } from '../../../lib/use-last-defined';

interface ConfirmStatusModalProps {
  /** The user whose account is switched to the opposite of `user.enabled`. */
  user: AdminUser | null;
  onClose: () => void;
}

export function ConfirmStatusModal({ user: selected, onClose }: ConfirmStatusModalProps) {
  const { t } = useTranslation();
  const user = useLastDefined(selected);
  const disable = useDisableUser();
  const enable = useEnableUser();
  const mutation = user?.enabled ? disable : enable;
  const disabling = user?.enabled ?? false;

  const close = () => {
    disable.reset();
    enable.reset();
    onClose();
  };

  const onConfirm = () => {
    if (!user || !selected) return;
    mutation.mutate(user.id, {
      onSuccess: (saved) => {
        notifications.show({
          message: t(saved.enabled ? 'adminUsers.enabledDone' : 'adminUsers.disabledDone', { name: saved.fullName }),
          color: 'teal',
        });
        close();
      },
    });
  };

  return (
    <Modal
      opened={selected !== null}
      onClose={close}
      title={t(disabling ? 'adminUsers.confirmDisableTitle' : 'adminUsers.confirmEnableTitle')}
      centered
    >
      {user && (
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <Text>
            {t(disabling ? 'adminUsers.confirmDisableText' : 'adminUsers.confirmEnableText', {
              name: user.fullName,
              email: user.email,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color={disabling ? 'red' : 'teal'}
              onClick={onConfirm}
              loading={mutation.isPending}
              disabled={mutation.isPending}
            >
              {t(disabling ? 'adminUsers.disable' : 'adminUsers.enable')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
