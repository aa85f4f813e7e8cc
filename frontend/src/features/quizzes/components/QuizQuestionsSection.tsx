import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowsSection } from '../../../components/RowsSection';
import { useBankCategories } from '../api/get-bank-categories';
import { QuestionPicker } from './QuestionPicker';
import { newDrawRow, type QuizValues } from './quiz-values';

/** The quiz's questions: a fixed list picked from the bank (in order, each with its mark), and random draws from categories. */
export function QuizQuestionsSection({ form, programId }: { form: UseFormReturnType<QuizValues>; programId: number }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const categories = useBankCategories(programId);
  const values = form.getValues();

  return (
    <>
      <Fieldset legend={t('quizzes.form.questions')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('quizzes.form.questionsHint')}
          </Text>
          {form.errors.questions && (
            <Text c="red.8" size="sm" data-path="questions" tabIndex={-1}>
              {form.errors.questions}
            </Text>
          )}
          {values.questions.length === 0 ? (
            <Text size="sm">{t('quizzes.form.noFixedQuestions')}</Text>
          ) : (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('quizzes.form.fixedList')}>
              {values.questions.map((question, index) => (
                <Group component="li" key={question.questionId} wrap="nowrap" align="flex-end" gap="xs" data-testid="picked-question">
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {index + 1}. {question.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`quizzes.types.${question.type}`, { defaultValue: question.type })}
                    </Text>
                  </Stack>
                  <TextInput
                    w={90}
                    size="xs"
                    inputMode="decimal"
                    label={t('quizzes.form.mark')}
                    aria-label={t('quizzes.form.markFor', { name: question.name })}
                    placeholder={t('quizzes.form.markDefault')}
                    {...form.getInputProps(`questions.${index}.mark`)}
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={index === 0}
                    aria-label={t('quizzes.form.moveUp', { name: question.name })}
                    onClick={() => form.reorderListItem('questions', { from: index, to: index - 1 })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={index === values.questions.length - 1}
                    aria-label={t('quizzes.form.moveDown', { name: question.name })}
                    onClick={() => form.reorderListItem('questions', { from: index, to: index + 1 })}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('quizzes.form.removeQuestion', { name: question.name })}
                    onClick={() => form.removeListItem('questions', index)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
          <Group>
            <Button variant="default" size="sm" onClick={() => setPicking(true)}>
              {t('quizzes.form.pickQuestions')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <QuestionPicker
        programId={programId}
        opened={picking}
        picked={values.questions.map((question) => question.questionId)}
        onClose={() => setPicking(false)}
        onAdd={(picked) => {
          for (const question of picked) {
            form.insertListItem('questions', { questionId: question.id, name: question.name, type: question.type, mark: '' });
          }
        }}
      />

      <RowsSection
        legend={t('quizzes.form.randomDraws')}
        hint={t('quizzes.form.randomDrawsHint')}
        path="randomDraws"
        error={form.errors.randomDraws}
        addLabel={t('quizzes.form.addDraw')}
        onAdd={() => form.insertListItem('randomDraws', newDrawRow())}
      >
        {values.randomDraws.map((draw, index) => (
          <Group key={draw.key} align="flex-end" wrap="wrap" gap="xs">
            <Select
              style={{ flex: '1 1 220px' }}
              label={t('quizzes.form.drawCategory', { n: index + 1 })}
              data={(categories.data ?? []).map((category) => ({
                value: String(category.id),
                label: `${category.path.join(' / ')} (${category.questionCount})`,
              }))}
              allowDeselect={false}
              {...form.getInputProps(`randomDraws.${index}.categoryId`)}
            />
            <TextInput
              w={110}
              inputMode="numeric"
              label={t('quizzes.form.drawCount', { n: index + 1 })}
              {...form.getInputProps(`randomDraws.${index}.count`)}
            />
            <Checkbox
              mb={8}
              label={t('quizzes.form.includeSubcategories')}
              {...form.getInputProps(`randomDraws.${index}.includeSubcategories`, { type: 'checkbox' })}
            />
            <ActionIcon
              mb={4}
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('quizzes.form.removeDraw', { n: index + 1 })}
              onClick={() => form.removeListItem('randomDraws', index)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
      </RowsSection>
    </>
  );
}
