import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from '../quizzes.module.css';
import type { SaveStatus } from './answer-saver';

/** "Збережено" / "Зберігається…" / "Не збережено — повтор", announced politely as it changes. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const text =
    status === 'saving'
      ? t('quizzes.take.saving')
      : status === 'retrying'
        ? t('quizzes.take.notSaved')
        : status === 'saved'
          ? t('quizzes.take.saved')
          : '';
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <Text size="sm" role="status" className={classes.status} c={status === 'retrying' ? 'red.8' : 'dimmed'}>
        {text}
      </Text>
      {status === 'retrying' && (
        <Button size="compact-xs" variant="subtle" onClick={onRetry}>
          {t('quizzes.take.retryNow')}
        </Button>
      )}
    </Group>
  );
}
