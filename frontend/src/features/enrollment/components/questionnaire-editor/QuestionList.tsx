import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTIONS } from '../../api/save-questionnaire';
import { nextQuestionId, type Draft } from '../questionnaire-draft';
import { QuestionCard } from './QuestionCard';

interface QuestionListProps {
  form: UseFormReturnType<Draft>;
  /** Ids the saved questionnaire used: answers may still refer to them, so a new question takes another. */
  knownIds: ReadonlySet<string>;
}

/** The program's own questions in order, with the button that adds one. */
export function QuestionList({ form, knownIds }: QuestionListProps) {
  const { t } = useTranslation();
  const { questions } = form.values;
  const add = () => {
    const id = nextQuestionId([...knownIds, ...questions.map((question) => question.id)]);
    form.insertListItem('questions', { id, kind: 'short_text', label: '', required: false, options: [] });
    // Focus the new question's text once it is rendered.
    const path = `questions.${questions.length}.label`;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-path="${path}"]`)?.focus());
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="questions-heading">
      <Group justify="space-between" align="baseline">
        <Title order={2} fz="h3" id="questions-heading">
          {t('enrollment.questionnaireEditor.questionsHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('enrollment.questionnaireEditor.count', { count: questions.length, max: MAX_QUESTIONS })}
        </Text>
      </Group>
      {questions.length === 0 ? (
        <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-gray-0)">
          <Text c="dimmed">{t('enrollment.questionnaireEditor.empty')}</Text>
        </Paper>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {questions.map((question, index) => (
            <QuestionCard key={question.id} form={form} index={index} last={index === questions.length - 1} />
          ))}
        </Stack>
      )}
      <Group>
        <Button
          variant="default"
          onClick={add}
          disabled={questions.length >= MAX_QUESTIONS}
          leftSection={<span aria-hidden="true">+</span>}
        >
          {t('enrollment.questionnaireEditor.add')}
        </Button>
        {questions.length >= MAX_QUESTIONS && (
          <Text size="sm" c="dimmed">
            {t('enrollment.questionnaireEditor.maxReached', { max: MAX_QUESTIONS })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
