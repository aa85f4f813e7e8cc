import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useQuestionnaire } from '../api/get-questionnaire';
import type { Questionnaire } from '../api/schemas';
import { ProfileFieldsNote } from '../components/questionnaire-editor/ProfileFieldsNote';
import { QuestionnaireForm } from '../components/questionnaire-editor/QuestionnaireForm';
import type { ManagedProgram } from '../viewer';

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
      <QuestionnaireEditor
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
      <ProfileFieldsNote />
      {content}
    </Stack>
  );
}

interface QuestionnaireEditorProps {
  programId: number;
  questionnaire: Questionnaire;
  reload: () => Promise<Questionnaire | undefined>;
}

/** Starts the form afresh from each saved or reloaded questionnaire, and remembers every id it used. */
function QuestionnaireEditor({ programId, questionnaire, reload }: QuestionnaireEditorProps) {
  const [base, setBase] = useState(questionnaire);
  const [formKey, setFormKey] = useState(0);
  const [knownIds, setKnownIds] = useState(() => new Set(questionnaire.questions.map((question) => question.id)));
  const resetTo = (fresh: Questionnaire) => {
    setKnownIds((ids) => new Set([...ids, ...fresh.questions.map((question) => question.id)]));
    setBase(fresh);
    setFormKey((key) => key + 1);
  };
  return (
    <QuestionnaireForm
      key={formKey}
      programId={programId}
      base={base}
      knownIds={knownIds}
      onSaved={resetTo}
      onReload={async () => {
        const fresh = await reload();
        if (fresh) resetTo(fresh);
      }}
    />
  );
}
