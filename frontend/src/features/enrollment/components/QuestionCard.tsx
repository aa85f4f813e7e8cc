import { ActionIcon, Button, Code, Group, Paper, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LABEL_LENGTH, MAX_OPTION_LENGTH, MAX_OPTIONS } from '../api/save-questionnaire';
import { QUESTION_KINDS } from '../api/schemas';
import { isChoice, newOption, type DraftErrors, type DraftQuestion, type QuestionKind } from './questionnaire-draft';

interface QuestionCardProps {
  question: DraftQuestion;
  index: number;
  last: boolean;
  errors: DraftErrors;
  /** `changedField` is the error key of what changed, so that its error can go. */
  onChange: (question: DraftQuestion, changedField: string) => void;
  onMove: (from: number, to: number) => void;
  onDelete: (id: string) => void;
}

/** One question of the questionnaire: its text, kind, whether it is required and its options. */
export const QuestionCard = memo(function QuestionCard({
  question,
  index,
  last,
  errors,
  onChange,
  onMove,
  onDelete,
}: QuestionCardProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const set = (patch: Partial<DraftQuestion>, field: string) => onChange({ ...question, ...patch }, field);
  const setKind = (kind: QuestionKind) => {
    // A choice needs options: start with two empty ones rather than none.
    const options =
      isChoice(kind) && question.options.length === 0 ? [newOption(), newOption()] : question.options;
    set({ kind, options }, `${question.id}.options`);
  };
  const setOption = (key: number, value: string) =>
    set(
      { options: question.options.map((option) => (option.key === key ? { ...option, value } : option)) },
      `${question.id}.options.${key}`,
    );
  const removeOption = (key: number) =>
    set({ options: question.options.filter((option) => option.key !== key) }, `${question.id}.options.${key}`);
  const addOption = () => set({ options: [...question.options, newOption()] }, `${question.id}.options`);
  const cardError = errors[question.id];
  const optionsError = errors[`${question.id}.options`];

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
              onClick={() => onMove(index, index - 1)}
              aria-label={t('enrollment.questionnaireEditor.moveUp', { number })}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              disabled={last}
              onClick={() => onMove(index, index + 1)}
              aria-label={t('enrollment.questionnaireEditor.moveDown', { number })}
            >
              ↓
            </ActionIcon>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => onDelete(question.id)}
              aria-label={t('enrollment.questionnaireEditor.deleteFor', { number })}
            >
              {t('enrollment.questionnaireEditor.delete')}
            </Button>
          </Group>
        </Group>

        <Group align="flex-start" gap="md" wrap="wrap">
          <Textarea
            name={`${question.id}.label`}
            label={t('enrollment.questionnaireEditor.label')}
            withAsterisk
            rows={2}
            maxLength={MAX_LABEL_LENGTH}
            value={question.label}
            onChange={(event) => set({ label: event.currentTarget.value }, `${question.id}.label`)}
            error={errors[`${question.id}.label`]}
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
          checked={question.required}
          onChange={(event) => set({ required: event.currentTarget.checked }, `${question.id}.required`)}
        />

        {isChoice(question.kind) && (
          <Stack
            gap={6}
            component="fieldset"
            m={0}
            p={0}
            style={{ border: 0 }}
            aria-describedby={optionsError ? `${question.id}-options-error` : undefined}
          >
            <Text component="legend" size="sm" fw={500} p={0} mb={4}>
              {t('enrollment.questionnaireEditor.options')}
            </Text>
            {question.options.map((option, optionIndex) => (
              <Group key={option.key} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  name={`${question.id}.options.${option.key}`}
                  aria-label={t('enrollment.questionnaireEditor.optionLabel', { number: optionIndex + 1 })}
                  placeholder={t('enrollment.questionnaireEditor.optionLabel', { number: optionIndex + 1 })}
                  maxLength={MAX_OPTION_LENGTH}
                  value={option.value}
                  onChange={(event) => setOption(option.key, event.currentTarget.value)}
                  error={errors[`${question.id}.options.${option.key}`]}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  onClick={() => removeOption(option.key)}
                  aria-label={t('enrollment.questionnaireEditor.removeOption', { number: optionIndex + 1 })}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            {optionsError && (
              <Text id={`${question.id}-options-error`} size="sm" c="red.8" role="alert">
                {optionsError}
              </Text>
            )}
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={addOption}
                disabled={question.options.length >= MAX_OPTIONS}
                leftSection={<span aria-hidden="true">+</span>}
              >
                {t('enrollment.questionnaireEditor.addOption')}
              </Button>
            </Group>
          </Stack>
        )}

        {cardError && (
          <Text size="sm" c="red.8" role="alert">
            {cardError}
          </Text>
        )}
      </Stack>
    </Paper>
  );
});
