import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RichTextField } from '../RichTextField';
import type { QuestionValues } from './values';

export type QuestionForm = UseFormReturnType<QuestionValues>;

/** "100 %", "-33.33333 %" in the person's way of writing decimals. */
export function formatPercent(percent: string, language: string) {
  return `${Number(percent).toLocaleString(language === 'uk' ? 'uk-UA' : 'en-GB', { maximumFractionDigits: 5 })} %`;
}

interface GradeSelectProps {
  label: string;
  grades: readonly string[];
  form: QuestionForm;
  path: string;
}

/** A percent picked from Moodle's list; a grade from an imported file that is not on it is kept as it is. */
export function GradeSelect({ label, grades, form, path }: GradeSelectProps) {
  const { t, i18n } = useTranslation();
  const input = form.getInputProps(path);
  const value = String(input.value);
  const options = grades.includes(value) ? grades : [value, ...grades];
  return (
    <NativeSelect
      label={label}
      {...input}
      data={options.map((grade) => ({ value: grade, label: grade === '0' ? t('assessment.editor.gradeNone') : formatPercent(grade, i18n.language) }))}
      w={{ base: '100%', xs: 180 }}
    />
  );
}

interface RowCardProps {
  title: string;
  onRemove: () => void;
  /** Rows the question cannot do without are not offered for removal. */
  canRemove: boolean;
  children: ReactNode;
}

/** One row of an answer list: a heading that says which, its fields and a button to remove it. */
export function RowCard({ title, onRemove, canRemove, children }: RowCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" component="fieldset" m={0} data-testid="answer-row">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text component="legend" fw={600} size="sm" p={0}>
            {title}
          </Text>
          {canRemove && (
            <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove} aria-label={t('assessment.editor.removeRow', { row: title })}>
              {t('assessment.editor.remove')}
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** The HTML feedback shown to a learner who gave this answer (optional). */
export function RowFeedback({ form, path, label }: { form: QuestionForm; path: string; label?: string }) {
  const { t } = useTranslation();
  const input = form.getInputProps(path);
  return (
    <RichTextField
      compact
      path={path}
      label={`${label ?? t('assessment.editor.rowFeedback')} (${t('common.optional')})`}
      value={String(input.value ?? '')}
      onChange={input.onChange}
      error={input.error}
    />
  );
}

/** A list's own error (too few rows, no full-marks answer), where the summary can move focus. */
export function listError(form: QuestionForm, path: 'choices' | 'numbers' | 'pairs') {
  return form.errors[path];
}
