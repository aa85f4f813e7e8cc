import { Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDateTime } from '../../../../lib/dates';
import { useDeleteRecording } from '../api/delete-recording';
import type { Recording } from '../api/schemas';
import { formatSize } from './format-size';
import { RecordingPlayer } from './RecordingPlayer';

interface RecordingsListProps {
  recordings: Recording[];
  /** The program's staff may remove a recording. */
  canDelete: boolean;
}

/** The session's recordings, each with its player (which reports a participant's watching). */
export function RecordingsList({ recordings, canDelete }: RecordingsListProps) {
  const { t, i18n } = useTranslation();
  const [removing, setRemoving] = useState<Recording | null>(null);
  const remove = useDeleteRecording();
  const units = { mb: t('schedule.recordings.mb'), gb: t('schedule.recordings.gb') };

  return (
    <Stack gap="md">
      {recordings.map((recording) => (
        <Card key={recording.id} withBorder radius="md" padding="md" data-testid="recording">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} style={{ wordBreak: 'break-all' }}>
                  {recording.fileName}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatSize(recording.size, i18n.resolvedLanguage, units)} ·{' '}
                  {formatDateTime(recording.createdAt, i18n.resolvedLanguage)}
                </Text>
              </div>
              {canDelete && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => {
                    remove.reset();
                    setRemoving(recording);
                  }}
                  aria-label={t('schedule.recordings.deleteFor', { name: recording.fileName })}
                >
                  {t('schedule.recordings.delete')}
                </Button>
              )}
            </Group>
            <RecordingPlayer recording={recording} />
          </Stack>
        </Card>
      ))}

      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('schedule.recordings.deleteTitle')} centered>
        <Stack gap="md">
          <Text>{t('schedule.recordings.deleteText', { name: removing?.fileName ?? '' })}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('schedule.recordings.keep')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (!removing) return;
                const name = removing.fileName;
                remove.mutate(removing.id, {
                  onSuccess: () => {
                    setRemoving(null);
                    notifications.show({ color: 'teal', message: t('schedule.recordings.deleted', { name }) });
                  },
                });
              }}
            >
              {t('schedule.recordings.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
