import { Alert, Button, Group, List, Modal, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { useQuestionnaire } from '../api/get-questionnaire';
import { MAX_QUESTIONS, useSaveQuestionnaire } from '../api/save-questionnaire';
import { STALE_VERSION, type Questionnaire } from '../api/schemas';
import { QuestionCard } from '../components/QuestionCard';
import {
  nextQuestionId,
  placeServerErrors,
  toDraft,
  toRequest,
  validateDraft,
  type Draft,
  type DraftErrors,
  type DraftQuestion,
} from '../components/questionnaire-draft';
import { QuestionnairePreview } from '../components/QuestionnairePreview';
import type { ManagedProgram } from '../viewer';

/** The profile every application asks for, whatever the program's own questions. */
const PROFILE_FIELDS = [
  'surname',
  'givenName',
  'patronymic',
  'email',
  'phone',
  'region',
  'organization',
  'position',
  'category',
  'gender',
] as const;

/** `/manage/programs/:id/questionnaire`: the program's own questions, for its administrators and trainers. */
export function QuestionnaireEditorRoute({ program }: { program: ManagedProgram }) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire(program.id);

  let content;
  if (questionnaire.isError)
    content = <ErrorAlert error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />;
  else if (questionnaire.isPending) content = <Loading />;
  else
    content = (
      <QuestionnaireForm
        programId={program.id}
        questionnaire={questionnaire.data}
        reload={async () => (await questionnaire.refetch()).data}
      />
    );

  return (
    <Stack gap="lg" maw={920}>
      <Stack gap={4}>
        <PageTitle mb={0} fz="h2">
          {t('enrollment.questionnaireEditor.title', { title: program.title })}
        </PageTitle>
        <Text c="dimmed">{t('enrollment.questionnaireEditor.lead')}</Text>
      </Stack>
      <Alert variant="light" color="blue" title={t('enrollment.questionnaireEditor.profileTitle')}>
        <Text size="sm" mb={6}>
          {t('enrollment.questionnaireEditor.profileText')}
        </Text>
        <List size="sm" spacing={2} style={{ columns: '2 14rem' }}>
          {PROFILE_FIELDS.map((field) => (
            <List.Item key={field}>
              {t(`enrollment.form.${field}`)}
              {field === 'patronymic' || field === 'gender' ? ` (${t('common.optional')})` : ''}
            </List.Item>
          ))}
          <List.Item>{t('enrollment.questionnaireEditor.consentField')}</List.Item>
        </List>
      </Alert>
      {content}
    </Stack>
  );
}

interface QuestionnaireFormProps {
  programId: number;
  questionnaire: Questionnaire;
  reload: () => Promise<Questionnaire | undefined>;
}

function QuestionnaireForm({ programId, questionnaire, reload }: QuestionnaireFormProps) {
  const { t } = useTranslation();
  const save = useSaveQuestionnaire();
  // The draft edits the questionnaire as it was at `base`; the server refuses a save over a newer one.
  const [base, setBase] = useState(questionnaire);
  const [draft, setDraft] = useState<Draft>(() => toDraft(questionnaire));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState(false);
  const [reloading, setReloading] = useState(false);
  // Ids the loaded questionnaire used: a new question must not take one, answers may still refer to it.
  const knownIds = useRef(new Set(questionnaire.questions.map((question) => question.id)));

  const resetTo = (fresh: Questionnaire) => {
    for (const question of fresh.questions) knownIds.current.add(question.id);
    setBase(fresh);
    setDraft(toDraft(fresh));
    setErrors({});
    setGeneralErrors([]);
  };

  const dirty = useMemo(
    () => JSON.stringify(toRequest(draft)) !== JSON.stringify(toRequest(toDraft(base))),
    [draft, base],
  );
  const stale = isApiError(save.error) && save.error.code === STALE_VERSION;

  const formRef = useFocusFirstError(errors);

  // Stable handlers let unchanged question cards skip re-rendering while one is edited.
  const setQuestions = useCallback(
    (update: (questions: DraftQuestion[]) => DraftQuestion[]) =>
      setDraft((previous) => ({ ...previous, questions: update(previous.questions) })),
    [],
  );
  const onQuestionChange = useCallback(
    (changed: DraftQuestion, field: string) => {
      setErrors((previous) => {
        if (!(field in previous) && !(changed.id in previous)) return previous;
        const next = { ...previous };
        delete next[field];
        delete next[changed.id];
        return next;
      });
      setQuestions((questions) => questions.map((item) => (item.id === changed.id ? changed : item)));
    },
    [setQuestions],
  );
  const onQuestionDelete = useCallback(
    (id: string) => setQuestions((questions) => questions.filter((item) => item.id !== id)),
    [setQuestions],
  );

  const add = () => {
    const id = nextQuestionId([...knownIds.current, ...draft.questions.map((question) => question.id)]);
    setQuestions((questions) => [...questions, { id, kind: 'short_text', label: '', required: false, options: [] }]);
    // Focus the new question's text once it is rendered.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${id}.label"]`)?.focus());
  };
  const move = useCallback(
    (from: number, to: number) =>
      setQuestions((questions) => {
        const next = [...questions];
        const [moved] = next.splice(from, 1);
        if (moved) next.splice(to, 0, moved);
        return next;
      }),
    [setQuestions],
  );

  const onSave = () => {
    const clientErrors = validateDraft(draft, {
      required: t('validation.required'),
      atLeastTwoOptions: t('enrollment.questionnaireEditor.atLeastTwoOptions'),
      duplicateOption: t('enrollment.questionnaireEditor.duplicateOption'),
    });
    setErrors(clientErrors);
    setGeneralErrors([]);
    save.reset();
    if (Object.keys(clientErrors).length > 0) return;
    const sent = draft.questions;
    save.mutate(
      { programId, request: { ...toRequest(draft), version: base.version } },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('enrollment.questionnaireEditor.saved'), color: 'teal' });
          resetTo(saved);
        },
        onError: (error) => {
          if (!isApiError(error) || !error.problem.errors?.length) return;
          const { placed, general } = placeServerErrors(error.problem.errors, sent);
          setErrors(placed);
          setGeneralErrors(general);
        },
      },
    );
  };

  const onReload = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        save.reset();
        resetTo(fresh);
      }
    } finally {
      setReloading(false);
    }
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  const showSaveError = save.isError && !stale && (!hasFieldErrors || generalErrors.length > 0);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <Stack gap="lg">
        <Stack gap="sm" component="section" aria-labelledby="questions-heading">
          <Group justify="space-between" align="baseline">
            <Title order={2} fz="h3" id="questions-heading">
              {t('enrollment.questionnaireEditor.questionsHeading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('enrollment.questionnaireEditor.count', { count: draft.questions.length, max: MAX_QUESTIONS })}
            </Text>
          </Group>
          {draft.questions.length === 0 ? (
            <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-gray-0)">
              <Text c="dimmed">{t('enrollment.questionnaireEditor.empty')}</Text>
            </Paper>
          ) : (
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {draft.questions.map((question, index) => (
                <QuestionCard
                  key={question.id}
                  question={question}
                  index={index}
                  last={index === draft.questions.length - 1}
                  errors={errors}
                  onChange={onQuestionChange}
                  onMove={move}
                  onDelete={onQuestionDelete}
                />
              ))}
            </Stack>
          )}
          <Group>
            <Button
              variant="default"
              onClick={add}
              disabled={draft.questions.length >= MAX_QUESTIONS}
              leftSection={<span aria-hidden="true">+</span>}
            >
              {t('enrollment.questionnaireEditor.add')}
            </Button>
            {draft.questions.length >= MAX_QUESTIONS && (
              <Text size="sm" c="dimmed">
                {t('enrollment.questionnaireEditor.maxReached', { max: MAX_QUESTIONS })}
              </Text>
            )}
          </Group>
        </Stack>

        <Paper withBorder radius="md" p="md">
          <Switch
            label={t('enrollment.questionnaireEditor.allowReapply')}
            description={t('enrollment.questionnaireEditor.allowReapplyHint')}
            checked={draft.allowReapply}
            onChange={(event) => {
              const allowReapply = event.currentTarget.checked;
              setDraft((previous) => ({ ...previous, allowReapply }));
            }}
          />
        </Paper>

        {stale && (
          <Alert color="orange" variant="light" role="alert" title={t('enrollment.questionnaireEditor.staleTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('enrollment.questionnaireEditor.staleText')}</Text>
              <Button size="sm" variant="default" loading={reloading} onClick={() => void onReload()}>
                {t('enrollment.questionnaireEditor.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {showSaveError && (
          <ErrorAlert error={save.error} message={generalErrors.length > 0 ? generalErrors.join(' ') : undefined} />
        )}
        {hasFieldErrors && !showSaveError && !stale && (
          <Text c="red.8" size="sm" role="alert">
            {t('validation.checkFields')}
          </Text>
        )}

        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => setPreviewing(true)}>
            {t('enrollment.questionnaireEditor.preview')}
          </Button>
          {dirty && (
            <>
              <Button variant="subtle" color="gray" onClick={() => resetTo(base)}>
                {t('enrollment.questionnaireEditor.discard')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('enrollment.questionnaireEditor.unsaved')}
              </Text>
            </>
          )}
        </Group>
      </Stack>

      <QuestionnairePreview opened={previewing} questions={draft.questions} onClose={() => setPreviewing(false)} />
      <LeaveGuard when={dirty && !save.isPending} />
    </form>
  );
}

/** Moves focus to the first field (in document order) that shows an error after a save. */
function useFocusFirstError(errors: DraftErrors) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    const names = new Set(Object.keys(errors));
    if (!form || names.size === 0) return;
    const first = Array.from(form.querySelectorAll<HTMLElement>('[name]')).find((element) =>
      names.has(element.getAttribute('name') ?? ''),
    );
    first?.focus();
  }, [errors]);
  return formRef;
}

/** Asks before leaving the editor with unsaved changes: in the app, and when the tab closes. */
function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('enrollment.questionnaireEditor.leaveTitle')}
      centered
    >
      <Stack gap="md">
        <Text>{t('enrollment.questionnaireEditor.leaveText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('enrollment.questionnaireEditor.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('enrollment.questionnaireEditor.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
