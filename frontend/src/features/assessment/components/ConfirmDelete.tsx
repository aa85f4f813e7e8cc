import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface ConfirmDeleteProps {
  /** The id to delete: a category's or a question's. */
  id: number;
  remove: UseMutationResult<unknown, Error, number>;
  title: string;
  text: string;
  confirmLabel: string;
  /** Told once the deletion is done. */
  done: string;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting a category or a question, shows why the server refused, and tells when it is done. */
export function ConfirmDelete({ id, remove, title, text, confirmLabel, done, onClose, onDeleted }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack gap="sm">
        <Text>{text}</Text>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(id, {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: done });
                  onDeleted();
                },
              })
            }
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
