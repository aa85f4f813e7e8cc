import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '../api/schemas';

const TYPE_COLORS: Record<QuestionType, string> = {
  single_choice: 'blue',
  multiple_choice: 'indigo',
  true_false: 'cyan',
  short_answer: 'grape',
  numerical: 'orange',
  matching: 'teal',
};

export function TypeBadge({ type }: { type: QuestionType }) {
  const { t } = useTranslation();
  return (
    <Badge color={TYPE_COLORS[type]} variant="light" miw="max-content" tt="none">
      {t(`assessment.type.${type}`)}
    </Badge>
  );
}
