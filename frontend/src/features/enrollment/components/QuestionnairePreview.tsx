import { Alert, Fieldset, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Question } from '../api/schemas';
import { isChoice, type DraftQuestion } from './questionnaire-draft';
import { QuestionField } from './QuestionField';

/** The draft's questions as the application form will ask them; answers here go nowhere. */
export function QuestionnairePreview({
  opened,
  questions,
  onClose,
}: {
  opened: boolean;
  questions: DraftQuestion[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown: Question[] = questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    label: question.label.trim() === '' ? t('enrollment.questionnaireEditor.untitled') : question.label,
    required: question.required,
    // Unfinished options (blank or repeated) would not survive the save either.
    options: isChoice(question.kind)
      ? [...new Set(question.options.map((option) => option.value.trim()).filter((value) => value !== ''))]
      : null,
  }));

  return (
    <Modal opened={opened} onClose={onClose} title={t('enrollment.questionnaireEditor.previewTitle')} size="xl">
      <Stack gap="md">
        <Alert variant="light" color="gray">
          <Text size="sm">{t('enrollment.questionnaireEditor.previewNote')}</Text>
        </Alert>
        {shown.length === 0 ? (
          <Text c="dimmed">{t('enrollment.questionnaireEditor.previewEmpty')}</Text>
        ) : (
          <Fieldset legend={t('enrollment.form.questions')}>
            {/* The modal unmounts its content when closed, so each opening starts unanswered. */}
            <PreviewAnswers questions={shown} />
          </Fieldset>
        )}
      </Stack>
    </Modal>
  );
}

function PreviewAnswers({ questions }: { questions: Question[] }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  return (
    <Stack gap="md">
      {questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={answers[question.id]}
          onChange={(value) => setAnswers((previous) => ({ ...previous, [question.id]: value }))}
        />
      ))}
    </Stack>
  );
}
