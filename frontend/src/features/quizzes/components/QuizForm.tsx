import { Button, Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { StaleVersionAlert } from '../../../components/StaleVersionAlert';
import { optionAria } from '../../../lib/form/group-aria';
import { LeaveGuardDialog, toAnotherPageOrQuery, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError } from '../../../lib/problem';
import { useCreateQuiz } from '../api/create-quiz';
import { useReloadQuiz } from '../api/get-quiz';
import { GRADINGS, LAYOUTS, STALE_VERSION, type Quiz } from '../api/schemas';
import { useUpdateQuiz } from '../api/update-quiz';
import type { QuizProgram } from '../viewer';
import { crossFieldErrors, initialValues, localZone, quizValuesSchema, toFormPath, toRequest, type QuizValues } from './quiz-values';
import { QuizQuestionsSection } from './QuizQuestionsSection';
import { ReviewPolicyGrid } from './ReviewPolicyGrid';

interface QuizFormProps {
  program: QuizProgram;
  /** The quiz to edit; null creates one. */
  quiz: Quiz | null;
  /** Leaves the form: after a save, or (asked first when there are unsaved changes) on Cancel. */
  onDone: () => void;
}

/** A quiz's settings: general, timing, attempts and grading, questions, shuffling and layout, what learners see afterwards. */
export function QuizForm({ program, quiz: loaded, onDone }: QuizFormProps) {
  const { t } = useTranslation();
  const create = useCreateQuiz();
  const update = useUpdateQuiz();
  const reloadQuiz = useReloadQuiz();
  const [quiz, setQuiz] = useState(loaded);
  const mutation = quiz ? update : create;
  const stale = isApiError(update.error) && update.error.code === STALE_VERSION;
  const schema = useMemo(() => quizValuesSchema(t), [t]);
  const form = useForm<QuizValues>({
    initialValues: initialValues(quiz),
    validate: (values) => ({ ...schemaResolver(schema, { sync: true })(values), ...crossFieldErrors(values, t) }),
  });
  const feedback = useFormFeedback(form, stale ? null : mutation.error, toFormPath);
  const guard = useLeaveGuard(form.isDirty() && !mutation.isSuccess, toAnotherPageOrQuery);

  const reload = async () => {
    if (!quiz) return;
    const fresh = await reloadQuiz(quiz.id);
    update.reset();
    setQuiz(fresh);
    form.setInitialValues(initialValues(fresh));
    form.reset();
  };

  const labels: Record<string, string> = {
    title: t('quizzes.form.title'),
    description: t('quizzes.form.description'),
    moduleId: t('quizzes.form.module'),
    passMark: t('quizzes.form.passMark'),
    attemptsAllowed: t('quizzes.form.attemptsAllowed'),
    grading: t('quizzes.form.grading'),
    timeLimitMinutes: t('quizzes.form.timeLimit'),
    opensAt: t('quizzes.form.opensAt'),
    closesAt: t('quizzes.form.closesAt'),
    layout: t('quizzes.form.layout'),
    questions: t('quizzes.form.questions'),
    randomDraws: t('quizzes.form.randomDraws'),
  };
  const label = (path: string) => {
    const values = form.getValues();
    const mark = /^questions\.(\d+)\.mark$/.exec(path);
    if (mark) return t('quizzes.form.markFor', { name: values.questions[Number(mark[1])]?.name ?? '' });
    const draw = /^randomDraws\.(\d+)\.(categoryId|count)$/.exec(path);
    if (draw) return t(draw[2] === 'count' ? 'quizzes.form.drawCount' : 'quizzes.form.drawCategory', { n: Number(draw[1]) + 1 });
    return labels[path];
  };

  const save = (values: QuizValues) => {
    const request = toRequest(values);
    const onSuccess = (saved: Quiz) => {
      guard.release();
      notifications.show({ color: 'teal', message: t(quiz ? 'quizzes.form.saved' : 'quizzes.form.created', { title: saved.title }) });
      onDone();
    };
    if (quiz) update.mutate({ id: quiz.id, version: quiz.version, request }, { onSuccess });
    else create.mutate({ programId: program.id, request }, { onSuccess });
  };
  const optional = (text: string) => `${text} (${t('common.optional')})`;

  return (
    <form onSubmit={feedback.onSubmit(save)} noValidate aria-labelledby="quiz-form-title">
      <Stack gap="md" maw={860}>
        {stale && <StaleVersionAlert title={t('quizzes.form.staleTitle')} onReload={reload} />}
        <FormErrorSummary {...feedback.summary} label={label} />

        <Fieldset legend={t('quizzes.form.general')}>
          <Stack gap="sm">
            <TextInput label={labels.title} required data-autofocus {...form.getInputProps('title')} />
            <Textarea label={optional(labels.description ?? '')} rows={3} resize="vertical" {...form.getInputProps('description')} />
            <Select
              label={labels.moduleId}
              allowDeselect={false}
              data={[
                { value: '', label: t('quizzes.finalTest') },
                ...program.modules.map((module, index) => ({ value: String(module.id), label: t('quizzes.moduleN', { n: index + 1, title: module.title }) })),
              ]}
              {...form.getInputProps('moduleId')}
            />
            <Switch
              label={t('quizzes.form.published')}
              description={t('quizzes.form.publishedHint')}
              {...form.getInputProps('published', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('quizzes.form.timing')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField withTime label={optional(labels.opensAt ?? '')} {...form.getInputProps('opensAt')} />
              <DateField withTime label={optional(labels.closesAt ?? '')} {...form.getInputProps('closesAt')} />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt={-6}>
              {t('quizzes.form.datesHint', { zone: localZone() })}
            </Text>
            <TextInput
              inputMode="numeric"
              label={optional(labels.timeLimitMinutes ?? '')}
              description={t('quizzes.form.timeLimitHint')}
              maw={320}
              {...form.getInputProps('timeLimitMinutes')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('quizzes.form.attemptsAndGrading')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              inputMode="numeric"
              label={optional(labels.attemptsAllowed ?? '')}
              description={t('quizzes.form.attemptsHint')}
              {...form.getInputProps('attemptsAllowed')}
            />
            <Select
              label={labels.grading}
              allowDeselect={false}
              data={GRADINGS.map((grading) => ({ value: grading, label: t(`quizzes.grading.${grading}`) }))}
              {...form.getInputProps('grading')}
            />
            <TextInput
              inputMode="numeric"
              label={labels.passMark}
              description={t('quizzes.form.passMarkHint')}
              required
              rightSection="%"
              {...form.getInputProps('passMark')}
            />
          </SimpleGrid>
        </Fieldset>

        <QuizQuestionsSection form={form} programId={program.id} />

        <Fieldset legend={t('quizzes.form.shufflingAndLayout')}>
          <Stack gap="sm">
            <Checkbox label={t('quizzes.form.shuffleQuestions')} {...form.getInputProps('shuffleQuestions', { type: 'checkbox' })} />
            <Checkbox label={t('quizzes.form.shuffleChoices')} {...form.getInputProps('shuffleChoices', { type: 'checkbox' })} />
            <Radio.Group id="quiz-layout" label={labels.layout} {...form.getInputProps('layout')}>
              <Group gap="lg" mt={4}>
                {LAYOUTS.map((layout) => (
                  <Radio key={layout} value={layout} label={t(`quizzes.layout.${layout}`)} {...optionAria('quiz-layout', form.errors.layout)} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </Fieldset>

        <ReviewPolicyGrid form={form} />

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {quiz ? t('common.save') : t('quizzes.form.create')}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}
