import { Fieldset, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { optionAria } from '../../../../lib/form/group-aria';
import { RowFeedback, type QuestionForm } from './parts';

/** Which statement is right, and what a learner reads after answering "true" or "false". */
export function TrueFalseEditor({ form }: { form: QuestionForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('assessment.editor.trueFalse')}>
      <Stack gap="sm">
        <Radio.Group id="question-correct" label={t('assessment.editor.correctAnswer')} required {...form.getInputProps('correct')}>
          <Group gap="lg" mt={4}>
            {(['true', 'false'] as const).map((value) => (
              <Radio key={value} value={value} label={t(`assessment.answer.${value}`)} {...optionAria('question-correct', form.errors.correct)} />
            ))}
          </Group>
        </Radio.Group>
        <RowFeedback form={form} path="trueFeedback" label={t('assessment.editor.feedbackOn', { answer: t('assessment.answer.true') })} />
        <RowFeedback form={form} path="falseFeedback" label={t('assessment.editor.feedbackOn', { answer: t('assessment.answer.false') })} />
      </Stack>
    </Fieldset>
  );
}
