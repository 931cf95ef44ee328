import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

/** Its own chunk (with recharts), loaded by GoalsPerMonthCard once the dashboard's figures are on screen. */
export function GoalsPerMonthChart({ months }: { months: { month: string; 'Goals met': number }[] }) {
  return (
    <BarChart
      h={240}
      data={months}
      dataKey="month"
      series={[{ name: 'Goals met', color: 'teal.6' }]}
      tickLine="y"
      gridAxis="y"
      withTooltip
      barProps={{ radius: 3 }}
    />
  );
}
