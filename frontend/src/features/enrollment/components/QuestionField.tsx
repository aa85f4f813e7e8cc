import { Checkbox, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { optionAria } from '../../../lib/form/group-aria';
import type { Answer, Question } from '../api/schemas';

export interface QuestionFieldProps {
  question: Question;
  value?: Answer;
  onChange: (value: Answer) => void;
  error?: string;
  /** The form path (`answers.<id>`) that error summary links find the field by. */
  'data-path'?: string;
}

/** One of the program's own questions, rendered as the applicant answers it. */
export function QuestionField({ question, value, onChange, error, 'data-path': path }: QuestionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const common = { id, label: question.label, withAsterisk: question.required, error, 'data-path': path };
  const option = optionAria(id, error);
  const options = question.options ?? [];
  switch (question.kind) {
    case 'short_text':
      return (
        <TextInput
          {...common}
          required={question.required}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'long_text':
      return (
        <Textarea
          {...common}
          required={question.required}
          rows={5}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'single_choice':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Stack gap={6} mt="xs">
            {options.map((choice) => (
              <Radio key={choice} value={choice} label={choice} required={question.required} {...option} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={6} mt="xs">
            {options.map((choice) => (
              <Checkbox key={choice} value={choice} label={choice} {...option} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'yes_no':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'boolean' ? (value ? 'yes' : 'no') : null}
          onChange={(next) => onChange(next === 'yes')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={t('enrollment.form.yes')} required={question.required} {...option} />
            <Radio value="no" label={t('enrollment.form.no')} required={question.required} {...option} />
          </Group>
        </Radio.Group>
      );
  }
}
