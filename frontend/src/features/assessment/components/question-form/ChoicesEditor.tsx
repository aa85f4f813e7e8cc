import { Checkbox, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowsSection } from '../../../../components/RowsSection';
import { RichTextField } from '../RichTextField';
import { GradeSelect, RowCard, RowFeedback, listError, type QuestionForm } from './parts';
import { GRADES, NON_NEGATIVE_GRADES, newChoice } from './values';

/**
 * The choices of a single- or multiple-choice question (HTML texts, any grade from -100 % to 100 %),
 * or the accepted answers of a short-answer question (plain texts, grades from 0 %).
 */
export function ChoicesEditor({ form }: { form: QuestionForm }) {
  const { t } = useTranslation();
  const { type, choices } = form.getValues();
  const short = type === 'short_answer';
  const minimum = short ? 1 : 2;
  const hint = t(`assessment.editor.choicesHint.${type as 'single_choice' | 'multiple_choice' | 'short_answer'}`);
  return (
    <RowsSection
      legend={t(short ? 'assessment.editor.answers' : 'assessment.editor.choices')}
      hint={hint}
      path="choices"
      error={listError(form, 'choices')}
      addLabel={t(short ? 'assessment.editor.addAnswer' : 'assessment.editor.addChoice')}
      onAdd={() => form.insertListItem('choices', newChoice())}
    >
      {short && <Checkbox label={t('assessment.editor.caseSensitive')} {...form.getInputProps('caseSensitive', { type: 'checkbox' })} />}
      {choices.map((choice, index) => {
        const title = t(short ? 'assessment.editor.answerN' : 'assessment.editor.choiceN', { n: index + 1 });
        const text = form.getInputProps(`choices.${index}.text`);
        return (
          <RowCard key={choice.key} title={title} canRemove={choices.length > minimum} onRemove={() => form.removeListItem('choices', index)}>
            <Group align="flex-start" wrap="wrap" gap="sm">
              {short ? (
                <TextInput label={t('assessment.editor.answerText')} required style={{ flex: '1 1 220px' }} {...text} />
              ) : (
                <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                  <RichTextField compact required path={`choices.${index}.text`} label={t('assessment.editor.choiceText')} value={String(text.value)} onChange={text.onChange} error={text.error} />
                </div>
              )}
              <GradeSelect
                label={t('assessment.editor.grade')}
                grades={short ? NON_NEGATIVE_GRADES : GRADES}
                form={form} path={`choices.${index}.grade`}
              />
            </Group>
            <RowFeedback form={form} path={`choices.${index}.feedback`} />
          </RowCard>
        );
      })}
    </RowsSection>
  );
}
