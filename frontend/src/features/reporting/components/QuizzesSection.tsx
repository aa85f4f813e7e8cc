import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Select, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizRow } from '../api/schemas';
import { ChartBox } from './ChartBox';
import { useFormat } from './format';
import { MeterList } from './MeterList';
import { Section } from './Section';
import { TableBox } from './TableBox';

/** "0–9", "10–19", …, "90–100": the tenths of the scale the distribution counts learners in. */
export const BINS = Array.from({ length: 10 }, (_, index) => `${index * 10}–${index === 9 ? 100 : index * 10 + 9}`);

/** Each test's pass rate as bars, the chosen test's score distribution, and a table of attempts, learners and averages. */
export function QuizzesSection({ quizzes }: { quizzes: QuizRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [chosen, setChosen] = useState<string | null>(null);
  const quiz = quizzes.find((item) => String(item.quizId) === chosen) ?? quizzes.find((item) => item.learners > 0) ?? quizzes[0];
  const title = (item: QuizRow) => (item.moduleTitle ? `${item.title} (${item.moduleTitle})` : item.title);

  if (quizzes.length === 0) {
    return (
      <Section id="report-quizzes" title={t('reporting.quizzes.title')}>
        <Text c="dimmed">{t('reporting.quizzes.none')}</Text>
      </Section>
    );
  }
  const distribution = BINS.map((bin, index) => ({ bin, learners: quiz?.distribution[index] ?? 0 }));

  return (
    <Section id="report-quizzes" title={t('reporting.quizzes.title')}>
      <Title order={3} size="h5">
        {t('reporting.quizzes.passRates')}
      </Title>
      <MeterList
        label={t('reporting.quizzes.passRates')}
        meters={quizzes.map((item) => ({
          key: String(item.quizId),
          label: title(item),
          percent: item.passRate ?? 0,
          valueText: item.passRate === null ? t('reporting.quizzes.noResults') : `${format.percent(item.passRate)} (${format.number(item.passed)}/${format.number(item.learners)})`,
          color: 'teal.7',
        }))}
      />

      <TableBox label={t('reporting.quizzes.tableLabel')} minWidth={760}>
        <Table striped verticalSpacing={6} data-testid="quizzes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reporting.quizzes.quiz')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reporting.quizzes.passMark')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reporting.quizzes.attempts')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reporting.quizzes.learners')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reporting.quizzes.passed')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reporting.quizzes.passRate')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reporting.quizzes.average')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quizzes.map((item) => (
              <Table.Tr key={item.quizId}>
                <Table.Th scope="row" fw={500} miw={180}>
                  {item.title}
                  <Text size="xs" c="dimmed">
                    {item.moduleTitle ?? t('reporting.quizzes.final')}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{format.percent(item.passMark)}</Table.Td>
                <Table.Td ta="right">{format.number(item.attempts)}</Table.Td>
                <Table.Td ta="right">{format.number(item.learners)}</Table.Td>
                <Table.Td ta="right">{format.number(item.passed)}</Table.Td>
                <Table.Td ta="right">{format.percent(item.passRate)}</Table.Td>
                <Table.Td ta="right">{format.percent(item.averageScore)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableBox>

      {quiz && (
        <>
          <Title order={3} size="h5">
            {t('reporting.quizzes.distribution')}
          </Title>
          <Select
            label={t('reporting.quizzes.chooseQuiz')}
            data={quizzes.map((item) => ({ value: String(item.quizId), label: title(item) }))}
            value={String(quiz.quizId)}
            onChange={setChosen}
            allowDeselect={false}
            maw={480}
          />
          <ChartBox label={t('reporting.quizzes.distributionLabel', { title: quiz.title })} minWidth={320} testId="distribution-chart">
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              h={240}
              data={distribution}
              dataKey="bin"
              withBarValueLabel
              xAxisLabel={t('reporting.quizzes.scoreAxis')}
              yAxisLabel={t('reporting.quizzes.learners')}
              series={[{ name: 'learners', label: t('reporting.quizzes.learners'), color: 'civitas.6' }]}
            />
          </ChartBox>
          <VisuallyHidden>
            <table>
              <caption>{t('reporting.quizzes.distributionLabel', { title: quiz.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reporting.quizzes.scoreAxis')}</th>
                  <th scope="col">{t('reporting.quizzes.learners')}</th>
                </tr>
              </thead>
              <tbody>
                {distribution.map((row) => (
                  <tr key={row.bin}>
                    <th scope="row">{row.bin} %</th>
                    <td>{row.learners}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </>
      )}
    </Section>
  );
}
