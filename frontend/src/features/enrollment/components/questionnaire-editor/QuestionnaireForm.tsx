import { Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { StaleVersionAlert } from '../../../../components/StaleVersionAlert';
import { LeaveGuardDialog, useLeaveGuard } from '../../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../../lib/form/use-form-feedback';
import { isApiError } from '../../../../lib/problem';
import { useSaveQuestionnaire } from '../../api/save-questionnaire';
import { STALE_VERSION, type Questionnaire } from '../../api/schemas';
import { draftSchema, toDraft, toRequest } from '../questionnaire-draft';
import { QuestionnairePreview } from '../QuestionnairePreview';
import { QuestionList } from './QuestionList';

interface QuestionnaireFormProps {
  programId: number;
  /** The questionnaire as it was loaded or saved: the form edits it, the save names its version. */
  base: Questionnaire;
  knownIds: ReadonlySet<string>;
  onSaved: (saved: Questionnaire) => void;
  onReload: () => Promise<void>;
}

/** The questions, the reapply setting and the save; asks before leaving with unsaved changes. */
export function QuestionnaireForm({ programId, base, knownIds, onSaved, onReload }: QuestionnaireFormProps) {
  const { t } = useTranslation();
  const save = useSaveQuestionnaire();
  const schema = useMemo(() => draftSchema(t), [t]);
  const form = useForm({ initialValues: toDraft(base), validate: schemaResolver(schema, { sync: true }) });
  const stale = isApiError(save.error) && save.error.code === STALE_VERSION;
  // Server fields (`questions[1].label`) count questions as sent, which is as the form still holds them.
  const feedback = useFormFeedback(form, stale ? null : save.error);
  const dirty = form.isDirty();
  const guard = useLeaveGuard(dirty && !save.isPending);
  const [previewing, setPreviewing] = useState(false);

  const label = (path: string) => {
    const match = /^questions\.(\d+)(?:\.(label|options)(?:\.(\d+))?)?/.exec(path);
    if (!match) return undefined;
    const question = t('enrollment.questionnaireEditor.questionNumber', { number: Number(match[1]) + 1 });
    if (match[2] === 'label') return `${question}, ${t('enrollment.questionnaireEditor.label')}`;
    if (match[3] !== undefined) return `${question}, ${t('enrollment.questionnaireEditor.optionLabel', { number: Number(match[3]) + 1 })}`;
    if (match[2] === 'options') return `${question}, ${t('enrollment.questionnaireEditor.options')}`;
    return question;
  };

  const send = (values: typeof form.values) =>
    save.mutate(
      { programId, request: { ...toRequest(values), version: base.version } },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('enrollment.questionnaireEditor.saved'), color: 'teal' });
          onSaved(saved);
        },
      },
    );

  return (
    <form noValidate onSubmit={feedback.onSubmit(send)}>
      <Stack gap="lg">
        <FormErrorSummary {...feedback.summary} label={label} />
        <QuestionList form={form} knownIds={knownIds} />

        <Paper withBorder radius="md" p="md">
          <Switch
            label={t('enrollment.questionnaireEditor.allowReapply')}
            description={t('enrollment.questionnaireEditor.allowReapplyHint')}
            {...form.getInputProps('allowReapply', { type: 'checkbox' })}
          />
        </Paper>

        {stale && <StaleVersionAlert title={t('enrollment.questionnaireEditor.staleTitle')} onReload={onReload} />}

        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => setPreviewing(true)}>
            {t('enrollment.questionnaireEditor.preview')}
          </Button>
          {dirty && (
            <>
              <Button variant="subtle" color="gray" onClick={form.reset}>
                {t('enrollment.questionnaireEditor.discard')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('enrollment.questionnaireEditor.unsaved')}
              </Text>
            </>
          )}
        </Group>
      </Stack>

      <QuestionnairePreview opened={previewing} questions={form.values.questions} onClose={() => setPreviewing(false)} />
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}
