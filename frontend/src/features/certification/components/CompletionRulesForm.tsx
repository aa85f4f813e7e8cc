import { Button, Checkbox, Fieldset, Group, Radio, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { StaleVersionAlert } from '../../../components/StaleVersionAlert';
import { optionAria } from '../../../lib/form/group-aria';
import { LeaveGuardDialog, toAnotherPageOrQuery, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError } from '../../../lib/problem';
import { useReloadCompletionRules } from '../api/get-completion-rules';
import {
  ATTENDANCE_MEASURES,
  ATTENDANCE_SCOPES,
  STALE_VERSION,
  type AttendanceMeasure,
  type AttendanceScope,
  type CompletionRules,
} from '../api/schemas';
import { useUpdateCompletionRules } from '../api/update-completion-rules';
import type { CertificationProgram } from '../viewer';

interface RulesValues {
  attendanceScope: AttendanceScope;
  attendanceMeasure: AttendanceMeasure;
  attendanceMinimum: string;
  recordingCounts: boolean;
  requiredQuizIds: string[];
  finalTestRequired: boolean;
  /** Empty: the final test's own pass mark. */
  finalTestPassPercent: string;
}

function toValues(rules: CompletionRules): RulesValues {
  return {
    attendanceScope: rules.attendanceScope,
    attendanceMeasure: rules.attendanceMeasure,
    attendanceMinimum: String(rules.attendanceMinimum),
    recordingCounts: rules.recordingCounts,
    requiredQuizIds: rules.requiredQuizIds.map(String),
    finalTestRequired: rules.finalTestRequired,
    finalTestPassPercent: rules.finalTestPassPercent === null ? '' : String(rules.finalTestPassPercent),
  };
}

function toRules(values: RulesValues, version: number | null): CompletionRules {
  const percent = values.finalTestPassPercent.trim().replace(',', '.');
  return {
    attendanceScope: values.attendanceScope,
    attendanceMeasure: values.attendanceMeasure,
    attendanceMinimum: values.attendanceScope === 'none' ? Number(values.attendanceMinimum) || 1 : Number(values.attendanceMinimum),
    recordingCounts: values.recordingCounts,
    requiredQuizIds: values.requiredQuizIds.map(Number),
    finalTestRequired: values.finalTestRequired,
    finalTestPassPercent: values.finalTestRequired && percent !== '' ? Number(percent) : null,
    version,
  };
}

function validate(values: RulesValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  if (values.attendanceScope !== 'none') {
    const minimum = values.attendanceMinimum.trim();
    const max = values.attendanceMeasure === 'percent' ? 100 : 1000;
    if (!/^\d+$/.test(minimum) || Number(minimum) < 1 || Number(minimum) > max) {
      errors.attendanceMinimum = values.attendanceMeasure === 'percent' ? t('certification.rules.percentRange') : t('certification.rules.countRange');
    }
  }
  if (values.finalTestRequired) {
    const percent = values.finalTestPassPercent.trim().replace(',', '.');
    if (percent !== '' && (!/^\d+(\.\d+)?$/.test(percent) || Number(percent) < 1 || Number(percent) > 100))
      errors.finalTestPassPercent = t('certification.rules.passRange');
  }
  return errors;
}

/** The program's completion rules: attendance, module tests to pass, the final test. */
export function CompletionRulesForm({ program, rules: loaded }: { program: CertificationProgram; rules: CompletionRules }) {
  const { t } = useTranslation();
  const update = useUpdateCompletionRules();
  const reloadRules = useReloadCompletionRules();
  const [rules, setRules] = useState(loaded);
  const stale = isApiError(update.error) && update.error.code === STALE_VERSION;
  const form = useForm<RulesValues>({ initialValues: toValues(rules), validate: (values) => validate(values, t) });
  const feedback = useFormFeedback(form, stale ? null : update.error);
  const guard = useLeaveGuard(form.isDirty() && !update.isPending, toAnotherPageOrQuery);
  const values = form.getValues();

  const moduleTests = program.quizzes.filter((quiz) => quiz.moduleId !== null);
  const finalTest = program.quizzes.find((quiz) => quiz.moduleId === null);
  const moduleLabel = (moduleId: number | null) => {
    const index = program.modules.findIndex((module) => module.id === moduleId);
    return index < 0 ? '' : t('certification.progress.moduleN', { n: index + 1 });
  };

  const labels: Record<string, string> = {
    attendanceScope: t('certification.rules.scope'),
    attendanceMeasure: t('certification.rules.measure'),
    attendanceMinimum: t('certification.rules.minimum'),
    requiredQuizIds: t('certification.rules.moduleTests'),
    finalTestPassPercent: t('certification.rules.finalPass'),
  };

  const reload = async () => {
    const fresh = await reloadRules(program.id);
    update.reset();
    setRules(fresh);
    form.setInitialValues(toValues(fresh));
    form.reset();
  };

  const save = (values: RulesValues) =>
    update.mutate(
      { programId: program.id, rules: toRules(values, rules.version) },
      {
        onSuccess: (saved) => {
          setRules(saved);
          form.setInitialValues(toValues(saved));
          form.reset();
          notifications.show({ color: 'teal', message: t('certification.rules.saved') });
        },
      },
    );

  return (
    <form onSubmit={feedback.onSubmit(save)} noValidate aria-labelledby="rules-title">
      <Stack gap="md" maw={760}>
        {stale && <StaleVersionAlert title={t('certification.rules.staleTitle')} onReload={reload} />}
        <FormErrorSummary {...feedback.summary} label={(path) => labels[path]} />

        <Fieldset legend={t('certification.rules.attendance')}>
          <Stack gap="sm">
            <Radio.Group id="rules-scope" label={labels.attendanceScope} {...form.getInputProps('attendanceScope')}>
              <Stack gap={6} mt={4}>
                {ATTENDANCE_SCOPES.map((scope) => (
                  <Radio key={scope} value={scope} label={t(`certification.rules.scopes.${scope}`)} {...optionAria('rules-scope', form.errors.attendanceScope)} />
                ))}
              </Stack>
            </Radio.Group>
            {values.attendanceScope !== 'none' && (
              <>
                <Radio.Group id="rules-measure" label={labels.attendanceMeasure} {...form.getInputProps('attendanceMeasure')}>
                  <Group gap="lg" mt={4}>
                    {ATTENDANCE_MEASURES.map((measure) => (
                      <Radio
                        key={measure}
                        value={measure}
                        label={t(`certification.rules.measures.${measure}`)}
                        {...optionAria('rules-measure', form.errors.attendanceMeasure)}
                      />
                    ))}
                  </Group>
                </Radio.Group>
                <TextInput
                  inputMode="numeric"
                  label={labels.attendanceMinimum}
                  description={
                    values.attendanceMeasure === 'percent'
                      ? t(values.attendanceScope === 'per_module' ? 'certification.rules.minimumPercentPerModule' : 'certification.rules.minimumPercent')
                      : t(values.attendanceScope === 'per_module' ? 'certification.rules.minimumCountPerModule' : 'certification.rules.minimumCount')
                  }
                  rightSection={values.attendanceMeasure === 'percent' ? '%' : undefined}
                  required
                  maw={320}
                  {...form.getInputProps('attendanceMinimum')}
                />
                <Checkbox label={t('certification.rules.recordingCounts')} {...form.getInputProps('recordingCounts', { type: 'checkbox' })} />
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('certification.rules.tests')}>
          <Stack gap="sm">
            {moduleTests.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('certification.rules.noModuleTests')}
              </Text>
            ) : (
              <Checkbox.Group id="rules-quizzes" label={labels.requiredQuizIds} {...form.getInputProps('requiredQuizIds')}>
                <Stack gap={6} mt={4}>
                  {moduleTests.map((quiz) => (
                    <Checkbox
                      key={quiz.id}
                      value={String(quiz.id)}
                      label={t('certification.rules.moduleTestOption', { module: moduleLabel(quiz.moduleId), title: quiz.title, pass: quiz.passMark })}
                      {...optionAria('rules-quizzes', form.errors.requiredQuizIds)}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <Switch
              label={t('certification.rules.finalRequired')}
              description={
                finalTest
                  ? t('certification.rules.finalTestIs', { title: finalTest.title, pass: finalTest.passMark })
                  : t('certification.rules.noFinalTest')
              }
              {...form.getInputProps('finalTestRequired', { type: 'checkbox' })}
            />
            {values.finalTestRequired && (
              <TextInput
                inputMode="decimal"
                label={`${labels.finalTestPassPercent} (${t('common.optional')})`}
                description={t('certification.rules.finalPassHint')}
                rightSection="%"
                maw={320}
                {...form.getInputProps('finalTestPassPercent')}
              />
            )}
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('certification.rules.save')}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}
