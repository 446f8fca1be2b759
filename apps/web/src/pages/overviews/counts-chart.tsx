import { humanize } from '../../api/labels';
import { BarChart } from '../../components/bar-chart';

/** A count per category or mission: a chart to see the shape, a table for the exact numbers (and print). */
export function CountsChart({ title, counts, horizontal }: { title: string; counts: Record<string, number>; horizontal?: boolean }) {
  const entries = Object.entries(counts);
  return (
    <section class="card chart-card">
      <h2>{title}</h2>
      <div class="chart-with-table">
        <BarChart title={title} labels={entries.map(([key]) => humanize(key))} series={[{ label: 'Incidents', values: entries.map(([, count]) => count) }]} horizontal={horizontal} />
        <table class="chart-table">
          <tbody>
            {entries.map(([key, count]) => (
              <tr key={key}>
                <th scope="row">{humanize(key)}</th>
                <td class="number">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Stat({ label, value, alert }: { label: string; value: number | string; alert?: boolean }) {
  return (
    <div class={`stat${alert ? ' stat--alert' : ''}`}>
      <div class="value">{value}</div>
      <div class="label">{label}</div>
    </div>
  );
}
