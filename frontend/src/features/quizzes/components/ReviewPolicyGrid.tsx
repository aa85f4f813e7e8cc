import { Checkbox, Fieldset, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { REVIEW_ITEMS, REVIEW_MOMENTS } from '../api/schemas';
import type { QuizValues } from './quiz-values';

/** What learners see of an attempt: after they submit it, and after the quiz closes (2 × 4 boxes). */
export function ReviewPolicyGrid({ form }: { form: UseFormReturnType<QuizValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('quizzes.form.review')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('quizzes.form.reviewHint')}
      </Text>
      <Table.ScrollContainer minWidth={340}>
        <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Td />
              {REVIEW_ITEMS.map((item) => (
                <Table.Th key={item} scope="col" ta="center" fw={600}>
                  {t(`quizzes.form.reviewItem.${item}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {REVIEW_MOMENTS.map((moment) => (
              <Table.Tr key={moment}>
                <Table.Th scope="row" fw={600}>
                  {t(`quizzes.form.reviewMoment.${moment}`)}
                </Table.Th>
                {REVIEW_ITEMS.map((item) => (
                  <Table.Td key={item}>
                    <Checkbox
                      styles={{ body: { justifyContent: 'center' } }}
                      aria-label={`${t(`quizzes.form.reviewMoment.${moment}`)}: ${t(`quizzes.form.reviewItem.${item}`)}`}
                      {...form.getInputProps(`review.${moment}.${item}`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Fieldset>
  );
}
