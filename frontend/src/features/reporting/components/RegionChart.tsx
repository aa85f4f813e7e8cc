import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { ChartBox } from './ChartBox';
import { shortRegion } from './format';

interface RegionChartProps {
  label: string;
  rows: ({ region: string } & Record<string, string | number>)[];
  series: { name: string; label: string; color: string }[];
}

/** Horizontal bars per oblast (short names on the axis); the table beside it has the same numbers. */
export function RegionChart({ label, rows, series }: RegionChartProps) {
  const data = rows.map((row) => ({ ...row, region: shortRegion(row.region) }));
  return (
    <ChartBox label={label} minWidth={300} testId="region-chart">
      <BarChart
        barChartProps={{ accessibilityLayer: false }}
        h={Math.max(160, data.length * (series.length > 2 ? 40 : 30) + 70)}
        data={data}
        dataKey="region"
        orientation="vertical"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisProps={{ width: 140, interval: 0 }}
        gridAxis="x"
        series={series}
      />
    </ChartBox>
  );
}
