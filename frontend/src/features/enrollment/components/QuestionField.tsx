import { Checkbox, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answer, Question } from '../api/schemas';

export interface QuestionFieldProps {
  question: Question;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  error: string | undefined;
}

/** One of the program's own questions, rendered as the applicant answers it. */
export function QuestionField({ question, value, onChange, error }: QuestionFieldProps) {
  const { t } = useTranslation();
  const field = `answers.${question.id}`;
  const common = {
    label: question.label,
    withAsterisk: question.required,
    error,
  };
  const options = question.options ?? [];
  switch (question.kind) {
    case 'short_text':
      return (
        <TextInput
          {...common}
          name={field}
          data-field={field}
          aria-required={question.required || undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'long_text':
      return (
        <Textarea
          {...common}
          name={field}
          data-field={field}
          aria-required={question.required || undefined}
          rows={5}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'single_choice':
      return (
        <Radio.Group {...common} name={field} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Stack gap={6} mt="xs">
            {options.map((option, index) => (
              <Radio key={option} value={option} label={option} data-field={index === 0 ? field : undefined} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={6} mt="xs">
            {options.map((option, index) => (
              <Checkbox key={option} value={option} label={option} data-field={index === 0 ? field : undefined} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'yes_no':
      return (
        <Radio.Group
          {...common}
          name={field}
          value={typeof value === 'boolean' ? (value ? 'yes' : 'no') : null}
          onChange={(next) => onChange(next === 'yes')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={t('enrollment.form.yes')} data-field={field} />
            <Radio value="no" label={t('enrollment.form.no')} />
          </Group>
        </Radio.Group>
      );
  }
}
