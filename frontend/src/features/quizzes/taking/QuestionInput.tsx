import { Checkbox, NativeSelect, Radio, Stack, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answer, AttemptOption, AttemptQuestion } from '../api/schemas';

/** Whether a question counts as answered (the navigation's marks, the submit confirmation). */
export function isAnswered(answer: Answer | null | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return Object.keys(answer).length > 0;
  return true;
}

/** Text questions are saved after a pause in typing; choices at once. */
export const isTextType = (type: string) => type === 'short_answer' || type === 'numerical';

/** "true"/"false" choices of a true/false question, in the UI language. */
export function useOptionText() {
  const { t } = useTranslation();
  return (type: string, option: AttemptOption) => {
    if (type !== 'true_false') return option.text;
    if (option.text === 'true') return t('quizzes.take.true');
    if (option.text === 'false') return t('quizzes.take.false');
    return option.text;
  };
}

interface QuestionInputProps {
  question: AttemptQuestion;
  /** Names the group after the question's heading. */
  labelledBy: string;
  value: Answer | null;
  onChange: (answer: Answer | null) => void;
  disabled?: boolean;
}

/** The answer field of one question: radios, checkboxes, a text field, or a select per matching prompt. */
export function QuestionInput({ question, labelledBy, value, onChange, disabled }: QuestionInputProps) {
  const { t } = useTranslation();
  const optionText = useOptionText();
  const choices = question.choices ?? [];
  const name = `question-${question.id}`;

  switch (question.type) {
    case 'single_choice':
    case 'true_false':
      return (
        <Radio.Group
          name={name}
          aria-labelledby={labelledBy}
          value={typeof value === 'number' ? String(value) : null}
          onChange={(id) => onChange(Number(id))}
        >
          <Stack gap="xs" mt="xs">
            {choices.map((choice) => (
              <Radio key={choice.id} value={String(choice.id)} label={optionText(question.type, choice)} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice': {
      const picked = Array.isArray(value) ? value.map(String) : [];
      return (
        <Checkbox.Group aria-labelledby={labelledBy} value={picked} onChange={(ids) => onChange(ids.map(Number))}>
          <Stack gap="xs" mt="xs">
            {choices.map((choice) => (
              <Checkbox key={choice.id} value={String(choice.id)} label={choice.text} disabled={disabled} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    }
    case 'matching': {
      const pairs = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return (
        <Table role="presentation" withRowBorders={false} verticalSpacing={4} mt="xs">
          <Table.Tbody>
            {(question.prompts ?? []).map((prompt) => (
              <Table.Tr key={prompt.id}>
                <Table.Td style={{ width: '50%' }}>
                  <label htmlFor={`${name}-prompt-${prompt.id}`}>{prompt.text}</label>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    id={`${name}-prompt-${prompt.id}`}
                    disabled={disabled}
                    value={pairs[prompt.id] === undefined ? '' : String(pairs[prompt.id])}
                    data={[{ value: '', label: t('quizzes.take.choose') }, ...choices.map((choice) => ({ value: String(choice.id), label: choice.text }))]}
                    onChange={(event) => {
                      const next = { ...pairs };
                      if (event.currentTarget.value === '') delete next[prompt.id];
                      else next[prompt.id] = Number(event.currentTarget.value);
                      onChange(Object.keys(next).length ? next : null);
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    }
    default:
      return (
        <TextInput
          mt="xs"
          aria-labelledby={labelledBy}
          inputMode={question.type === 'numerical' ? 'decimal' : undefined}
          autoComplete="off"
          maw={420}
          disabled={disabled}
          placeholder={t('quizzes.take.yourAnswer')}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
