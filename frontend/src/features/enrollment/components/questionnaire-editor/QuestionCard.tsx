import { ActionIcon, Button, Code, Group, Paper, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_LABEL_LENGTH, MAX_OPTION_LENGTH, MAX_OPTIONS } from '../../api/save-questionnaire';
import { QUESTION_KINDS } from '../../api/schemas';
import { isChoice, newOption, type Draft, type DraftQuestion, type QuestionKind } from '../questionnaire-draft';

interface QuestionCardProps {
  form: UseFormReturnType<Draft>;
  index: number;
  last: boolean;
}

/** One question of the questionnaire: its text, kind, whether it is required and its options. */
export function QuestionCard({ form, index, last }: QuestionCardProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const path = `questions.${index}` as const;
  const question = form.values.questions[index] as DraftQuestion;
  const setKind = (kind: QuestionKind) => {
    // A choice needs options: start with two empty ones rather than none.
    const options = isChoice(kind) && question.options.length === 0 ? [newOption(), newOption()] : question.options;
    form.setFieldValue(path, { ...question, kind, options });
    form.clearFieldError(`${path}.options`);
  };
  // The server names a whole question (`questions[1]`) or option (`questions[1].options[0]`) too.
  const cardError = form.errors[path];
  const optionsError = form.errors[`${path}.options`];
  const optionsErrorId = `${question.id}-options-error`;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      data-testid="question-card"
      style={cardError ? { borderColor: 'var(--mantine-color-error)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" align="baseline">
            <Text fw={700}>{t('enrollment.questionnaireEditor.questionNumber', { number })}</Text>
            <Text size="xs" c="dimmed">
              {t('enrollment.questionnaireEditor.questionId')} <Code>{question.id}</Code>
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              size="lg"
              disabled={index === 0}
              onClick={() => form.reorderListItem('questions', { from: index, to: index - 1 })}
              aria-label={t('enrollment.questionnaireEditor.moveUp', { number })}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              disabled={last}
              onClick={() => form.reorderListItem('questions', { from: index, to: index + 1 })}
              aria-label={t('enrollment.questionnaireEditor.moveDown', { number })}
            >
              ↓
            </ActionIcon>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => form.removeListItem('questions', index)}
              aria-label={t('enrollment.questionnaireEditor.deleteFor', { number })}
            >
              {t('enrollment.questionnaireEditor.delete')}
            </Button>
          </Group>
        </Group>

        <Group align="flex-start" gap="md" wrap="wrap">
          <Textarea
            label={t('enrollment.questionnaireEditor.label')}
            required
            rows={2}
            maxLength={MAX_LABEL_LENGTH}
            {...form.getInputProps(`${path}.label`)}
            style={{ flex: '1 1 320px' }}
          />
          <Select
            label={t('enrollment.questionnaireEditor.kind')}
            data={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`enrollment.questionnaireEditor.kinds.${kind}`) }))}
            value={question.kind}
            onChange={(value) => value && setKind(value as QuestionKind)}
            allowDeselect={false}
            w={260}
          />
        </Group>

        <Switch
          label={t('enrollment.questionnaireEditor.required')}
          {...form.getInputProps(`${path}.required`, { type: 'checkbox' })}
        />

        {isChoice(question.kind) && (
          <Stack
            gap={6}
            component="fieldset"
            m={0}
            p={0}
            style={{ border: 0 }}
            aria-describedby={optionsError ? optionsErrorId : undefined}
          >
            <Text component="legend" size="sm" fw={500} p={0} mb={4}>
              {t('enrollment.questionnaireEditor.options')}
            </Text>
            {question.options.map((option, optionIndex) => (
              <Group key={option.key} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('enrollment.questionnaireEditor.optionLabel', { number: optionIndex + 1 })}
                  placeholder={t('enrollment.questionnaireEditor.optionLabel', { number: optionIndex + 1 })}
                  maxLength={MAX_OPTION_LENGTH}
                  {...form.getInputProps(`${path}.options.${optionIndex}.value`)}
                  error={
                    form.errors[`${path}.options.${optionIndex}.value`] ?? form.errors[`${path}.options.${optionIndex}`]
                  }
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  onClick={() => form.removeListItem(`${path}.options`, optionIndex)}
                  aria-label={t('enrollment.questionnaireEditor.removeOption', { number: optionIndex + 1 })}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            {optionsError && (
              <Text id={optionsErrorId} size="sm" c="red.8" data-path={`${path}.options`} tabIndex={-1}>
                {optionsError}
              </Text>
            )}
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => form.insertListItem(`${path}.options`, newOption())}
                disabled={question.options.length >= MAX_OPTIONS}
                leftSection={<span aria-hidden="true">+</span>}
              >
                {t('enrollment.questionnaireEditor.addOption')}
              </Button>
            </Group>
          </Stack>
        )}

        {cardError && (
          <Text size="sm" c="red.8" data-path={path} tabIndex={-1}>
            {cardError}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
