import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowsSection } from '../../../../components/RowsSection';
import { RichTextField } from '../RichTextField';
import { RowCard, listError, type QuestionForm } from './parts';
import { newPair } from './values';

/** The pairs of a matching question (an HTML prompt and its plain-text answer) and extra answers that match nothing. */
export function PairsEditor({ form }: { form: QuestionForm }) {
  const { t } = useTranslation();
  const { pairs } = form.getValues();
  const prompts = pairs.filter((pair) => !pair.distractor).length;
  let pairNumber = 0;
  let extraNumber = 0;
  return (
    <RowsSection
      legend={t('assessment.editor.pairs')}
      hint={t('assessment.editor.pairsHint')}
      path="pairs"
      error={listError(form, 'pairs')}
      addLabel={t('assessment.editor.addPair')}
      onAdd={() => form.insertListItem('pairs', newPair())}
    >
      {pairs.map((pair, index) => {
        const title = pair.distractor
          ? t('assessment.editor.extraN', { n: ++extraNumber })
          : t('assessment.editor.pairN', { n: ++pairNumber });
        const prompt = form.getInputProps(`pairs.${index}.prompt`);
        return (
          <RowCard
            key={pair.key}
            title={title}
            canRemove={pair.distractor || prompts > 2}
            onRemove={() => form.removeListItem('pairs', index)}
          >
            {!pair.distractor && (
              <RichTextField compact required path={`pairs.${index}.prompt`} label={t('assessment.editor.prompt')} value={String(prompt.value)} onChange={prompt.onChange} error={prompt.error} />
            )}
            <TextInput
              label={t(pair.distractor ? 'assessment.editor.extraAnswer' : 'assessment.editor.pairAnswer')}
              required
              {...form.getInputProps(`pairs.${index}.answer`)}
            />
          </RowCard>
        );
      })}
      <Group>
        <Button variant="default" size="sm" onClick={() => form.insertListItem('pairs', newPair(true))}>
          {t('assessment.editor.addExtra')}
        </Button>
      </Group>
    </RowsSection>
  );
}
