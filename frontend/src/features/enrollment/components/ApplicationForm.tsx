import { Anchor, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { LeaveGuardDialog, useLeaveGuard } from '../../../lib/form/leave-guard';
import { useFormFeedback } from '../../../lib/form/use-form-feedback';
import { isApiError } from '../../../lib/problem';
import {
  ALREADY_APPLIED,
  ENROLLMENT_CLOSED,
  GENDERS,
  REAPPLY_NOT_ALLOWED,
  type Answer,
  type Application,
  type Gender,
  type Profile,
  type Question,
} from '../api/schemas';
import { useSubmitApplication, type ApplicationRequest } from '../api/submit-application';
import { CATEGORIES, REGIONS, withValue, type CategoryKey } from './options';
import { QuestionField } from './QuestionField';

type TextField = 'surname' | 'givenName' | 'patronymic' | 'email' | 'phone' | 'organization' | 'position';
const CONFLICT_CODES = [ALREADY_APPLIED, ENROLLMENT_CLOSED, REAPPLY_NOT_ALLOWED] as const;

/** Named as in the request, so the server's `profile.phone` or `answers.q1` errors find their fields. */
interface Values {
  profile: {
    surname: string;
    givenName: string;
    patronymic: string;
    email: string;
    phone: string;
    region: string;
    organization: string;
    position: string;
    category: string;
    gender: Gender | '';
    consent: boolean;
  };
  answers: Record<string, Answer>;
}

function initialValues(profile: Profile): Values {
  return {
    profile: {
      surname: profile.surname,
      givenName: profile.givenName,
      patronymic: profile.patronymic ?? '',
      email: profile.email,
      phone: profile.phone,
      region: profile.region,
      organization: profile.organization,
      position: profile.position,
      category: profile.category,
      gender: profile.gender ?? '',
      consent: false,
    },
    answers: {},
  };
}

function isEmpty(answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
}

function applicationSchema(t: TFunction, questions: Question[]) {
  const filledIn = z.string().trim().min(1, t('validation.required'));
  // Errors are listed in the order they are found, which follows the page: consent comes last.
  const consent = z.object({ profile: z.object({ consent: z.boolean().refine(Boolean, t('enrollment.form.consentRequired')) }) });
  const fields = z.object({
    profile: z.object({
      surname: filledIn,
      givenName: filledIn,
      patronymic: z.string(),
      email: filledIn,
      phone: filledIn,
      region: filledIn,
      organization: filledIn,
      position: filledIn,
      category: filledIn,
      gender: z.string(),
    }),
    answers: z.record(z.string(), z.unknown()).superRefine((answers, context) => {
      for (const question of questions) {
        if (question.required && isEmpty(answers[question.id] as Answer | undefined)) {
          context.addIssue({ code: 'custom', path: [question.id], message: t('validation.required') });
        }
      }
    }),
  });
  return fields.and(consent);
}

function toRequest(values: Values, questions: Question[]): ApplicationRequest {
  const sentAnswers: Record<string, Answer> = {};
  for (const question of questions) {
    const answer = values.answers[question.id];
    if (answer === undefined || isEmpty(answer)) continue;
    sentAnswers[question.id] = typeof answer === 'string' ? answer.trim() : answer;
  }
  const { profile } = values;
  const patronymic = profile.patronymic.trim();
  return {
    profile: {
      surname: profile.surname.trim(),
      givenName: profile.givenName.trim(),
      patronymic: patronymic === '' ? undefined : patronymic,
      email: profile.email.trim(),
      phone: profile.phone.trim(),
      region: profile.region,
      organization: profile.organization.trim(),
      position: profile.position.trim(),
      category: profile.category,
      gender: profile.gender === '' ? undefined : profile.gender,
      consent: true,
    },
    answers: sentAnswers,
  };
}

interface ApplicationFormProps {
  programId: number;
  questions: Question[];
  profile: Profile;
  onSuccess: (application: Application) => void;
}

export function ApplicationForm({ programId, questions, profile, onSuccess }: ApplicationFormProps) {
  const { t } = useTranslation();
  const submit = useSubmitApplication();
  const schema = useMemo(() => applicationSchema(t, questions), [t, questions]);
  const form = useForm({ initialValues: initialValues(profile), validate: schemaResolver(schema, { sync: true }) });
  const feedback = useFormFeedback(form, submit.error);
  const guard = useLeaveGuard(form.isDirty());

  const submitError = isApiError(submit.error) ? submit.error : undefined;
  const conflict =
    submitError?.status === 409 ? CONFLICT_CODES.find((code) => code === submitError.problem.code) : undefined;

  const label = (path: string) => {
    if (path.startsWith('answers.')) return questions.find((question) => `answers.${question.id}` === path)?.label;
    const field = /^profile\.(\w+)$/.exec(path)?.[1];
    return field ? t(`enrollment.form.${field}` as 'enrollment.form.surname') : undefined;
  };

  const textInput = (field: TextField, autoComplete: string, required = true, type = 'text') => (
    <TextInput
      type={type}
      label={required ? t(`enrollment.form.${field}`) : `${t(`enrollment.form.${field}`)} (${t('common.optional')})`}
      autoComplete={autoComplete}
      required={required}
      {...form.getInputProps(`profile.${field}`)}
    />
  );

  const categoryData = withValue(
    (Object.keys(CATEGORIES) as CategoryKey[]).map((key) => ({
      value: CATEGORIES[key],
      label: t(`enrollment.categories.${key}`),
    })),
    form.values.profile.category,
  );
  // Mantine's Select takes null for "nothing chosen"; the form keeps ''.
  const selectProps = (path: 'profile.region' | 'profile.category' | 'profile.gender') => {
    const props = form.getInputProps(path);
    return { ...props, value: props.value === '' ? null : props.value, onChange: (value: string | null) => props.onChange(value ?? '') };
  };

  return (
    <form
      onSubmit={feedback.onSubmit((values) =>
        submit.mutate(
          { programId, request: toRequest(values, questions) },
          {
            onSuccess: (application) => {
              guard.release();
              onSuccess(application);
            },
          },
        ),
      )}
      noValidate
    >
      <Stack gap="lg">
        <FormErrorSummary
          {...feedback.summary}
          label={label}
          title={conflict && t('enrollment.conflict.title')}
          message={conflict && t(`enrollment.conflict.${conflict}`)}
        >
          {conflict && conflict !== ENROLLMENT_CLOSED && (
            <Anchor component={Link} to="/my-programs" size="sm">
              {t('enrollment.goToMyPrograms')}
            </Anchor>
          )}
        </FormErrorSummary>

        <Fieldset legend={t('enrollment.form.aboutYou')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {textInput('surname', 'family-name')}
              {textInput('givenName', 'given-name')}
              {textInput('patronymic', 'additional-name', false)}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {textInput('email', 'email', true, 'email')}
              {textInput('phone', 'tel', true, 'tel')}
            </SimpleGrid>
            <Select
              label={t('enrollment.form.region')}
              placeholder={t('enrollment.form.choose')}
              required
              searchable
              data={withValue(
                REGIONS.map((region) => ({ value: region, label: region })),
                form.values.profile.region,
              )}
              {...selectProps('profile.region')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {textInput('organization', 'organization')}
              {textInput('position', 'organization-title')}
            </SimpleGrid>
            <Select
              label={t('enrollment.form.category')}
              placeholder={t('enrollment.form.choose')}
              required
              data={categoryData}
              {...selectProps('profile.category')}
            />
            <Select
              label={`${t('enrollment.form.gender')} (${t('common.optional')})`}
              description={t('enrollment.form.genderHint')}
              placeholder={t('enrollment.form.choose')}
              clearable
              data={GENDERS.map((gender) => ({ value: gender, label: t(`enrollment.gender.${gender}`) }))}
              {...selectProps('profile.gender')}
            />
          </Stack>
        </Fieldset>

        {questions.length > 0 && (
          <Fieldset legend={t('enrollment.form.questions')}>
            <Stack gap="md">
              {questions.map((question) => (
                <QuestionField key={question.id} question={question} {...form.getInputProps(`answers.${question.id}`)} />
              ))}
            </Stack>
          </Fieldset>
        )}

        <Checkbox
          // Mantine's Checkbox draws no asterisk for `required`; this one matches the other fields'.
          label={
            <>
              {t('enrollment.form.consent')}{' '}
              <Text span c="var(--mantine-color-error)" aria-hidden>
                *
              </Text>
            </>
          }
          description={t('enrollment.form.consentText')}
          required
          {...form.getInputProps('profile.consent', { type: 'checkbox' })}
          aria-invalid={Boolean(form.errors['profile.consent'])}
        />

        <Group>
          <Button type="submit" loading={submit.isPending} disabled={submit.isPending}>
            {t('enrollment.form.submit')}
          </Button>
        </Group>
      </Stack>
      <LeaveGuardDialog blocker={guard.blocker} />
    </form>
  );
}
