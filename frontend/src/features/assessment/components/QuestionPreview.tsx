import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SafeHtml } from '../../../components/SafeHtml';
import { useCheckAnswer } from '../api/check-answer';
import type { Answer, CheckState, Question } from '../api/schemas';
import { formatPercent } from './question-form/parts';
import { toPercent } from './question-form/values';

const STATE_COLORS: Record<CheckState, string> = { correct: 'teal', partial: 'yellow', wrong: 'red', unanswered: 'gray' };

/**
 * The saved question as a learner sees it: the trainer answers and "Check" marks the answer on the
 * server, with the grade and the feedback a learner would get. Nothing is recorded.
 */
export function QuestionPreview({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const check = useCheckAnswer();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const change = (next: Answer | null) => {
    setAnswer(next);
    check.reset();
  };
  const result = check.data;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          {t('assessment.preview.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('assessment.preview.intro')}
        </Text>
        <SafeHtml html={question.text} />
        <AnswerInput key={question.version} question={question} answer={answer} onChange={change} />
        <Group>
          <Button variant="light" loading={check.isPending} onClick={() => check.mutate({ id: question.id, answer })}>
            {t('assessment.preview.check')}
          </Button>
        </Group>
        {check.isError && <ErrorAlert error={check.error} />}
        {result && (
          <Alert
            color={STATE_COLORS[result.state]}
            variant="light"
            role="status"
            title={`${t(`assessment.preview.state.${result.state}`)} · ${t('assessment.preview.grade', { percent: formatPercent(toPercent(result.fraction), i18n.language) })}`}
          >
            {result.feedback && <SafeHtml html={result.feedback} fz="sm" />}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

interface AnswerInputProps {
  question: Question;
  answer: Answer | null;
  onChange: (answer: Answer | null) => void;
}

/** The answer a learner gives, in the question's own terms (see `Answer`). */
function AnswerInput({ question, answer, onChange }: AnswerInputProps) {
  const { t } = useTranslation();
  const label = t('assessment.preview.answer');
  switch (question.type) {
    case 'single_choice':
    case 'true_false': {
      const options =
        question.type === 'true_false'
          ? [<Text key="t">{t('assessment.answer.true')}</Text>, <Text key="f">{t('assessment.answer.false')}</Text>]
          : question.choices.map((choice, index) => <SafeHtml key={index} html={choice.text} />);
      return (
        <Radio.Group label={label} value={typeof answer === 'number' ? String(answer) : null} onChange={(value) => onChange(Number(value))}>
          <Stack gap="xs" mt={4}>
            {options.map((option, index) => (
              <Radio key={index} value={String(index)} label={option} />
            ))}
          </Stack>
        </Radio.Group>
      );
    }
    case 'multiple_choice':
      return (
        <Checkbox.Group label={label} value={Array.isArray(answer) ? answer.map(String) : []} onChange={(values) => onChange(values.map(Number))}>
          <Stack gap="xs" mt={4}>
            {question.choices.map((choice, index) => (
              <Checkbox key={index} value={String(index)} label={<SafeHtml html={choice.text} />} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'matching':
      return <MatchingInput question={question} answer={answer} onChange={onChange} />;
    default:
      return (
        <TextInput
          label={label}
          maw={360}
          inputMode={question.type === 'numerical' ? 'decimal' : undefined}
          value={typeof answer === 'string' ? answer : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

/** A select per prompt, offering every answer (the distractors too) in alphabetical order, so the order gives nothing away. */
function MatchingInput({ question, answer, onChange }: AnswerInputProps) {
  const { t, i18n } = useTranslation();
  const chosen = answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
  const answers = question.pairs
    .map((pair, index) => ({ value: String(index), label: pair.answer }))
    .toSorted((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <Stack gap="xs">
      {question.pairs.map((pair, index) =>
        pair.prompt ? (
          <NativeSelect
            key={index}
            label={<SafeHtml html={pair.prompt} inline display="inline-block" />}
            value={chosen[index] === undefined ? '' : String(chosen[index])}
            onChange={(event) => {
              const { [String(index)]: _dropped, ...others } = chosen;
              const value = event.currentTarget.value;
              onChange(value === '' ? others : { ...others, [String(index)]: Number(value) });
            }}
            data={[{ value: '', label: t('assessment.preview.choose') }, ...answers]}
            maw={420}
          />
        ) : null,
      )}
    </Stack>
  );
}
