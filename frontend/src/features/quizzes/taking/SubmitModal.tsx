import { Alert, Anchor, Button, Group, List, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SubmitModalProps {
  opened: boolean;
  /** Positions (1-based) of the questions without an answer. */
  unanswered: number[];
  submitting: boolean;
  error: string | null;
  onGoTo: (position: number) => void;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Finish the attempt?": names the questions still without an answer, each a way back to it. */
export function SubmitModal({ opened, unanswered, submitting, error, onGoTo, onConfirm, onClose }: SubmitModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('quizzes.take.submitTitle')} centered>
      {unanswered.length > 0 ? (
        <>
          <Text mb="xs">{t('quizzes.take.unansweredCount', { count: unanswered.length })}</Text>
          <List size="sm" mb="md">
            {unanswered.map((position) => (
              <List.Item key={position}>
                <Anchor component="button" type="button" onClick={() => onGoTo(position)}>
                  {t('quizzes.take.questionN', { n: position })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text mb="md">{t('quizzes.take.allAnswered')}</Text>
      )}
      <Text size="sm" c="dimmed" mb="md">
        {t('quizzes.take.submitNoReturn')}
      </Text>
      {error && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('quizzes.take.keepAnswering')}
        </Button>
        <Button onClick={onConfirm} loading={submitting}>
          {t('quizzes.take.submitConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
