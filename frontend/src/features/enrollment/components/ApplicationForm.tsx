import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
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

const TEXT_FIELDS = ['surname', 'givenName', 'patronymic', 'email', 'phone', 'organization', 'position'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const REQUIRED_PROFILE = ['surname', 'givenName', 'email', 'phone', 'region', 'organization', 'position', 'category'] as const;
const CONFLICT_CODES = [ALREADY_APPLIED, ENROLLMENT_CLOSED, REAPPLY_NOT_ALLOWED] as const;

interface Values {
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
}

function initialValues(profile: Profile): Values {
  return {
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
  };
}

function isEmpty(answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
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
  const [values, setValues] = useState<Values>(() => initialValues(profile));
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const fieldErrors: Record<string, string | undefined> = useMemo(
    () => ({ ...(isApiError(submit.error) ? submit.error.fieldErrors : {}), ...clientErrors }),
    [submit.error, clientErrors],
  );
  const order = useMemo(
    () => [
      ...TEXT_FIELDS.slice(0, 5).map((f) => `profile.${f}`),
      'profile.region',
      'profile.organization',
      'profile.position',
      'profile.category',
      'profile.gender',
      ...questions.map((q) => `answers.${q.id}`),
      'profile.consent',
    ],
    [questions],
  );
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = order.find((field) => fieldErrors[field]);
    if (!first || !formRef.current) return;
    formRef.current.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }, [fieldErrors, order]);

  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const setAnswer = (id: string, value: Answer) => setAnswers((previous) => ({ ...previous, [id]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    for (const field of REQUIRED_PROFILE) {
      if (values[field].trim() === '') errors[`profile.${field}`] = t('validation.required');
    }
    for (const question of questions) {
      if (question.required && isEmpty(answers[question.id])) errors[`answers.${question.id}`] = t('validation.required');
    }
    if (!values.consent) errors['profile.consent'] = t('enrollment.form.consentRequired');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;

    const sentAnswers: Record<string, Answer> = {};
    for (const question of questions) {
      const answer = answers[question.id];
      if (isEmpty(answer)) continue;
      sentAnswers[question.id] = typeof answer === 'string' ? answer.trim() : (answer as Answer);
    }
    const patronymic = values.patronymic.trim();
    const request: ApplicationRequest = {
      profile: {
        surname: values.surname.trim(),
        givenName: values.givenName.trim(),
        patronymic: patronymic === '' ? undefined : patronymic,
        email: values.email.trim(),
        phone: values.phone.trim(),
        region: values.region,
        organization: values.organization.trim(),
        position: values.position.trim(),
        category: values.category,
        gender: values.gender === '' ? undefined : values.gender,
        consent: true,
      },
      answers: sentAnswers,
    };
    submit.reset();
    submit.mutate({ programId, request }, { onSuccess });
  };

  const submitError = isApiError(submit.error) ? submit.error : undefined;
  const conflict =
    submitError?.status === 409 ? CONFLICT_CODES.find((code) => code === submitError.problem.code) : undefined;
  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);
  // Server errors about fields this form does not show would otherwise leave the person guessing.
  const unplacedServerError = (submitError?.problem.errors ?? []).some((error) => !order.includes(error.field));
  const showGenericError =
    submit.isError && !conflict && (!hasFieldErrors || !submitError?.problem.errors?.length || unplacedServerError);

  const textInput = (field: TextField, autoComplete: string, required = true, type = 'text') => (
    <TextInput
      name={`profile.${field}`}
      data-field={`profile.${field}`}
      type={type}
      label={required ? t(`enrollment.form.${field}`) : `${t(`enrollment.form.${field}`)} (${t('common.optional')})`}
      autoComplete={autoComplete}
      withAsterisk={required}
      aria-required={required || undefined}
      value={values[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={fieldErrors[`profile.${field}`]}
    />
  );

  const categoryData = withValue(
    (Object.keys(CATEGORIES) as CategoryKey[]).map((key) => ({
      value: CATEGORIES[key],
      label: t(`enrollment.categories.${key}`),
    })),
    values.category,
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {conflict && (
          <Alert color="orange" variant="light" title={t('enrollment.conflict.title')} role="alert">
            <Text size="sm">{t(`enrollment.conflict.${conflict}`)}</Text>
            {conflict !== ENROLLMENT_CLOSED && (
              <Anchor component={Link} to="/my-programs" size="sm">
                {t('enrollment.goToMyPrograms')}
              </Anchor>
            )}
          </Alert>
        )}
        {showGenericError && <ErrorAlert error={submit.error} />}
        {hasFieldErrors && !showGenericError && !conflict && (
          <Text c="red.8" size="sm" role="alert">
            {t('validation.checkFields')}
          </Text>
        )}

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
              data-field="profile.region"
              label={t('enrollment.form.region')}
              placeholder={t('enrollment.form.choose')}
              withAsterisk
              searchable
              data={withValue(
                REGIONS.map((region) => ({ value: region, label: region })),
                values.region,
              )}
              value={values.region === '' ? null : values.region}
              onChange={(value) => set('region', value ?? '')}
              error={fieldErrors['profile.region']}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {textInput('organization', 'organization')}
              {textInput('position', 'organization-title')}
            </SimpleGrid>
            <Select
              data-field="profile.category"
              label={t('enrollment.form.category')}
              placeholder={t('enrollment.form.choose')}
              withAsterisk
              data={categoryData}
              value={values.category === '' ? null : values.category}
              onChange={(value) => set('category', value ?? '')}
              error={fieldErrors['profile.category']}
            />
            <Select
              data-field="profile.gender"
              label={`${t('enrollment.form.gender')} (${t('common.optional')})`}
              description={t('enrollment.form.genderHint')}
              placeholder={t('enrollment.form.choose')}
              clearable
              data={GENDERS.map((gender) => ({ value: gender, label: t(`enrollment.gender.${gender}`) }))}
              value={values.gender === '' ? null : values.gender}
              onChange={(value) => set('gender', (value ?? '') as Gender | '')}
              error={fieldErrors['profile.gender']}
            />
          </Stack>
        </Fieldset>

        {questions.length > 0 && (
          <Fieldset legend={t('enrollment.form.questions')}>
            <Stack gap="md">
              {questions.map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  value={answers[question.id]}
                  onChange={(value) => setAnswer(question.id, value)}
                  error={fieldErrors[`answers.${question.id}`]}
                />
              ))}
            </Stack>
          </Fieldset>
        )}

        <Checkbox
          data-field="profile.consent"
          name="profile.consent"
          label={t('enrollment.form.consent')}
          description={t('enrollment.form.consentText')}
          checked={values.consent}
          onChange={(event) => set('consent', event.currentTarget.checked)}
          error={fieldErrors['profile.consent']}
          aria-required
        />

        <Group>
          <Button type="submit" loading={submit.isPending} disabled={submit.isPending}>
            {t('enrollment.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
