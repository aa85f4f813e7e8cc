import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { StaleVersionAlert } from '../../../../components/StaleVersionAlert';
import { LeaveGuardDialog, useLeaveGuard } from '../../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../../lib/form/use-form-feedback';
import { isApiError } from '../../../../lib/problem';
import { useCreateQuestion } from '../../api/create-question';
import { useReloadQuestion } from '../../api/get-question';
import { STALE_VERSION, type Category, type Question, type QuestionType } from '../../api/schemas';
import { useUpdateQuestion } from '../../api/update-question';
import { RichTextField } from '../RichTextField';
import { ChoicesEditor } from './ChoicesEditor';
import { NumbersEditor } from './NumbersEditor';
import { PairsEditor } from './PairsEditor';
import { formatPercent, type QuestionForm as Form } from './parts';
import { TrueFalseEditor } from './TrueFalseEditor';
import { initialValues, PENALTIES, questionFormPath, toRequest, validate, valuesOf, type QuestionValues } from './values';

interface QuestionFormProps {
  programId: number;
  categories: Category[];
  /** The question to edit; null writes a new one of `type`. */
  question: Question | null;
  type: QuestionType;
  /** Where a new question goes unless the person picks another category. */
  categoryId: number | null;
  onCreated: (question: Question) => void;
  onCancel: () => void;
}

const SHUFFLED: QuestionType[] = ['single_choice', 'multiple_choice', 'matching'];

/** Writes or edits a question of one type: its category, name and text, the answers its type has, grading and tags. */
export function QuestionForm({ programId, categories, question: loaded, type, categoryId, onCreated, onCancel }: QuestionFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateQuestion(programId);
  const update = useUpdateQuestion(programId);
  const reloadQuestion = useReloadQuestion();
  // The form edits the question as it was at `question.version`; the server refuses a save over a newer one.
  const [question, setQuestion] = useState(loaded);
  const mutation = question ? update : create;
  const stale = isApiError(update.error) && update.error.code === STALE_VERSION;
  const form = useForm<QuestionValues>({
    initialValues: question ? valuesOf(question) : initialValues(type, categoryId),
    validate: (values) => validate(values, t),
  });
  const feedback = useFormFeedback(form, stale ? null : mutation.error, questionFormPath(type));
  const guard = useLeaveGuard(form.isDirty() && !create.isSuccess);

  const resetTo = (fresh: Question) => {
    setQuestion(fresh);
    form.setInitialValues(valuesOf(fresh));
    form.reset();
  };
  /** Puts the server's current version in the form, dropping the refused changes. */
  const reload = async () => {
    if (!question) return;
    const fresh = await reloadQuestion(question.id);
    update.reset();
    resetTo(fresh);
  };

  const save = (values: QuestionValues) => {
    const request = toRequest(values);
    if (question) {
      update.mutate(
        { id: question.id, version: question.version, request },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: t('assessment.editor.saved', { version: saved.versionNumber }) });
            resetTo(saved);
          },
        },
      );
    } else {
      create.mutate(request, {
        onSuccess: (saved) => {
          guard.release();
          notifications.show({ color: 'teal', message: t('assessment.editor.created') });
          onCreated(saved);
        },
      });
    }
  };

  return (
    <form onSubmit={feedback.onSubmit(save)} noValidate aria-labelledby="question-form-title">
      <Stack gap="md">
        {stale && <StaleVersionAlert title={t('assessment.editor.staleTitle')} onReload={reload} />}
        {question?.answered && (
          <Alert color="yellow" variant="light" role="note" title={t('assessment.editor.answeredTitle')}>
            {t('assessment.editor.answeredText')}
          </Alert>
        )}
        <FormErrorSummary {...feedback.summary} label={useFieldLabel()} />
        <Select
          label={t('assessment.editor.category')}
          required
          allowDeselect={false}
          searchable
          data={categories.map((category) => ({ value: String(category.id), label: category.path.join(' / ') }))}
          maw={520}
          {...form.getInputProps('categoryId')}
        />
        <TextInput label={t('assessment.editor.name')} description={t('assessment.editor.nameHint')} required maw={520} {...form.getInputProps('name')} />
        <TextField form={form} path="text" label={t('assessment.editor.text')} required />
        <AnswersEditor form={form} />
        <Fieldset legend={t('assessment.editor.grading')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2 }} maw={520}>
              <NumberInput
                label={t('assessment.editor.mark')}
                required
                min={0}
                step={0.5}
                decimalScale={5}
                decimalSeparator={i18n.language === 'uk' ? ',' : '.'}
                {...form.getInputProps('mark')}
              />
              <NativeSelect
                label={t('assessment.editor.penalty')}
                description={t('assessment.editor.penaltyHint')}
                data={PENALTIES.map((penalty) => ({ value: penalty, label: formatPercent(penalty, i18n.language) }))}
                {...form.getInputProps('penalty')}
              />
            </SimpleGrid>
            {SHUFFLED.includes(type) && <Checkbox label={t('assessment.editor.shuffle')} {...form.getInputProps('shuffle', { type: 'checkbox' })} />}
          </Stack>
        </Fieldset>
        <TextField form={form} path="feedback" label={`${t('assessment.editor.feedback')} (${t('common.optional')})`} description={t('assessment.editor.feedbackHint')} />
        <TagsInput
          label={`${t('assessment.editor.tags')} (${t('common.optional')})`}
          description={t('assessment.editor.tagsHint')}
          splitChars={[',', ';']}
          clearable
          maw={520}
          {...form.getInputProps('tags')}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {question ? t('common.save') : t('assessment.editor.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}

function TextField({ form, path, ...props }: { form: Form; path: 'text' | 'feedback'; label: string; description?: string; required?: boolean }) {
  const input = form.getInputProps(path);
  return <RichTextField path={path} value={String(input.value)} onChange={input.onChange} error={input.error} {...props} />;
}

/** The answer part of the form, as the question's type has it. */
function AnswersEditor({ form }: { form: Form }) {
  switch (form.getValues().type) {
    case 'true_false':
      return <TrueFalseEditor form={form} />;
    case 'numerical':
      return <NumbersEditor form={form} />;
    case 'matching':
      return <PairsEditor form={form} />;
    default:
      return <ChoicesEditor form={form} />;
  }
}

/** The label the error summary gives a form path: a field's own, or "Choice 2: text" for a row's. */
function useFieldLabel() {
  const { t } = useTranslation();
  return (path: string): string | undefined => {
    const fields: Record<string, string> = {
      categoryId: t('assessment.editor.category'),
      name: t('assessment.editor.name'),
      text: t('assessment.editor.text'),
      feedback: t('assessment.editor.feedback'),
      mark: t('assessment.editor.mark'),
      penalty: t('assessment.editor.penalty'),
      tags: t('assessment.editor.tags'),
      correct: t('assessment.editor.correctAnswer'),
      trueFeedback: t('assessment.editor.feedbackOn', { answer: t('assessment.answer.true') }),
      falseFeedback: t('assessment.editor.feedbackOn', { answer: t('assessment.answer.false') }),
      choices: t('assessment.editor.choices'),
      numbers: t('assessment.editor.answers'),
      pairs: t('assessment.editor.pairs'),
    };
    if (path in fields) return fields[path];
    const row = /^(choices|numbers|pairs)\.(\d+)\.(\w+)$/.exec(path);
    if (!row) return undefined;
    const field = row[3] as 'text' | 'grade' | 'feedback' | 'value' | 'tolerance' | 'prompt' | 'answer' | 'fraction';
    return t('assessment.editor.rowField', { row: Number(row[2]) + 1, field: t(`assessment.editor.rowFields.${field}`) });
  };
}
