import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowsSection } from '../../../../components/RowsSection';
import { GradeSelect, RowCard, RowFeedback, listError, type QuestionForm } from './parts';
import { NON_NEGATIVE_GRADES, newNumber } from './values';

/** The accepted numbers of a numerical question, each with how far off an answer may be. */
export function NumbersEditor({ form }: { form: QuestionForm }) {
  const { t } = useTranslation();
  const { numbers } = form.getValues();
  return (
    <RowsSection
      legend={t('assessment.editor.answers')}
      hint={t('assessment.editor.numbersHint')}
      path="numbers"
      error={listError(form, 'numbers')}
      addLabel={t('assessment.editor.addAnswer')}
      onAdd={() => form.insertListItem('numbers', newNumber())}
    >
      {numbers.map((number, index) => (
        <RowCard
          key={number.key}
          title={t('assessment.editor.answerN', { n: index + 1 })}
          canRemove={numbers.length > 1}
          onRemove={() => form.removeListItem('numbers', index)}
        >
          <Group align="flex-start" wrap="wrap" gap="sm">
            <TextInput label={t('assessment.editor.number')} required inputMode="decimal" w={{ base: '100%', xs: 160 }} {...form.getInputProps(`numbers.${index}.value`)} />
            <TextInput
              label={t('assessment.editor.tolerance')}
              inputMode="decimal"
              w={{ base: '100%', xs: 160 }}
              {...form.getInputProps(`numbers.${index}.tolerance`)}
            />
            <GradeSelect label={t('assessment.editor.grade')} grades={NON_NEGATIVE_GRADES} form={form} path={`numbers.${index}.grade`} />
          </Group>
          <RowFeedback form={form} path={`numbers.${index}.feedback`} />
        </RowCard>
      ))}
    </RowsSection>
  );
}
