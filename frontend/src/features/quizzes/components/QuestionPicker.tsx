import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useBankCategories } from '../api/get-bank-categories';
import { useBankQuestions } from '../api/get-bank-questions';
import type { BankQuestion } from '../api/schemas';

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numerical', 'matching'] as const;

interface QuestionPickerProps {
  programId: number;
  opened: boolean;
  /** Ids already in the quiz: shown ticked and not offered again. */
  picked: number[];
  onClose: () => void;
  onAdd: (questions: BankQuestion[]) => void;
}

/** A dialog to find questions in the program's bank (text, category, type) and add the ticked ones to the quiz. */
export function QuestionPicker({ programId, opened, picked, onClose, onAdd }: QuestionPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 400);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [subcategories, setSubcategories] = useState(true);
  const [type, setType] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [chosen, setChosen] = useState<Map<number, BankQuestion>>(new Map());
  const categories = useBankCategories(programId);
  const questions = useBankQuestions(
    programId,
    { q: q || undefined, categoryId: categoryId ? Number(categoryId) : undefined, subcategories, type: type ?? undefined, page },
    opened,
  );
  const already = new Set(picked);

  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(0);
  };
  const toggle = (question: BankQuestion, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(question.id, question);
      else next.delete(question.id);
      return next;
    });
  const close = () => {
    setChosen(new Map());
    onClose();
  };
  const add = () => {
    onAdd([...chosen.values()]);
    close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('quizzes.picker.title')} size="lg" fullScreen={false}>
      <Stack gap="sm">
        <TextInput
          label={t('quizzes.picker.search')}
          type="search"
          value={search}
          onChange={(event) => filter(setSearch)(event.currentTarget.value)}
          data-autofocus
        />
        <Group grow align="flex-end" wrap="wrap">
          <Select
            label={t('quizzes.picker.category')}
            clearable
            placeholder={t('quizzes.picker.allCategories')}
            data={(categories.data ?? []).map((category) => ({ value: String(category.id), label: category.path.join(' / ') }))}
            value={categoryId}
            onChange={filter(setCategoryId)}
          />
          <Select
            label={t('quizzes.picker.type')}
            clearable
            placeholder={t('quizzes.picker.allTypes')}
            data={QUESTION_TYPES.map((value) => ({ value, label: t(`quizzes.types.${value}`) }))}
            value={type}
            onChange={filter(setType)}
          />
        </Group>
        <Checkbox
          label={t('quizzes.picker.subcategories')}
          checked={subcategories}
          onChange={(event) => filter(setSubcategories)(event.currentTarget.checked)}
        />
        {questions.isError && <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />}
        <div aria-busy={questions.isFetching} aria-live="polite">
          {questions.data && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('quizzes.picker.found', { count: questions.data.totalItems })}
            </Text>
          )}
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('quizzes.picker.results')}>
            {questions.data?.items.map((question) => (
              <li key={question.id}>
                <Checkbox
                  checked={already.has(question.id) || chosen.has(question.id)}
                  disabled={already.has(question.id)}
                  onChange={(event) => toggle(question, event.currentTarget.checked)}
                  label={question.name}
                  description={[t(`quizzes.types.${question.type}`, { defaultValue: question.type }), question.category.join(' / ')]
                    .concat(already.has(question.id) ? [t('quizzes.picker.inQuiz')] : [])
                    .join(' · ')}
                />
              </li>
            ))}
          </Stack>
        </div>
        {questions.data && questions.data.totalPages > 1 && (
          <Pager
            total={questions.data.totalPages}
            value={page + 1}
            onChange={(value) => setPage(value - 1)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={add} disabled={chosen.size === 0}>
            {t('quizzes.picker.add', { count: chosen.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
