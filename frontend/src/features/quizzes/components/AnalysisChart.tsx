import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../api/schemas';

/**
 * Facility (% of the marks earned) and discrimination (×100) per question as bars. A picture of the
 * table below it, which carries the same numbers for screen readers; hence hidden from them.
 */
export function AnalysisChart({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const data = analysis.questions.map((question, index) => ({
    question: String(index + 1),
    facility: question.facility === null ? 0 : Math.round(question.facility * 1000) / 10,
    discrimination: question.discrimination === null ? 0 : Math.round(question.discrimination * 100),
  }));
  return (
    <div aria-hidden="true" data-testid="analysis-chart">
      <BarChart
        h={260}
        data={data}
        dataKey="question"
        withLegend
        yAxisProps={{ domain: [-100, 100] }}
        series={[
          { name: 'facility', label: t('quizzes.results.facility'), color: 'blue.6' },
          { name: 'discrimination', label: t('quizzes.results.discriminationScaled'), color: 'orange.6' },
        ]}
      />
    </div>
  );
}
