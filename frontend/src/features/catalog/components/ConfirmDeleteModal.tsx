import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLastDefined } from '../../../lib/use-last-defined';

interface ConfirmDeleteModalProps<T extends { id: number; title: string }> {
  /** What to delete; null closes the modal (which keeps showing the last item while it fades out). */
  item: T | null;
  remove: UseMutationResult<unknown, Error, number>;
  title: string;
  text: (item: T) => string;
  done: (item: T) => string;
  confirmLabel: string;
  onClose: () => void;
}

/** Asks before deleting a module or a material, shows why a deletion failed, and tells when it is done. */
export function ConfirmDeleteModal<T extends { id: number; title: string }>({
  item: selected,
  remove,
  title,
  text,
  done,
  confirmLabel,
  onClose,
}: ConfirmDeleteModalProps<T>) {
  const { t } = useTranslation();
  const item = useLastDefined(selected);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={selected !== null} onClose={close} title={title} centered>
      {item && (
        <Stack gap="md">
          <Text>{text(item)}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(item.id, {
                  onSuccess: () => {
                    notifications.show({ message: done(item), color: 'teal' });
                    close();
                  },
                })
              }
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
