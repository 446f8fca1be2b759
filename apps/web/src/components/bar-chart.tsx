import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

/** Chart.js is loaded with the first chart, so pages without charts do not download it. */
const loadChart = () => import('./chart-setup').then((module) => module.Chart);

/** A calm palette that also survives greyscale printing: distinct in lightness, not only in hue. */
export const SERIES_COLOURS = ['#1f4e79', '#6f9bc4', '#b08d57', '#3c7a6b', '#8c4b5a', '#a3adb8', '#d7b56d', '#4d5b6b'];

export interface Series {
  label: string;
  values: number[];
}

interface BarChartProps {
  /** Read by screen readers; the numbers themselves sit in a table beside the chart. */
  title: string;
  labels: string[];
  series: Series[];
  horizontal?: boolean;
  stacked?: boolean;
}

function barConfig({ labels, series, horizontal, stacked }: BarChartProps): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((item, index) => ({ label: item.label, data: item.values, backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length], borderRadius: 2, maxBarThickness: 36 })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: series.length > 1, position: 'bottom' } },
      // Grid lines only across the value axis: enough to read values, no clutter.
      scales: {
        x: { stacked, beginAtZero: true, ticks: { precision: 0 }, grid: { display: Boolean(horizontal) } },
        y: { stacked, beginAtZero: true, ticks: { precision: 0 }, grid: { display: !horizontal } },
      },
    },
  };
}

/** A Chart.js bar chart, redrawn when its data changes and destroyed with the component. */
export function BarChart(props: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(props);
  useEffect(() => {
    let chart: Chart<'bar'> | undefined;
    let gone = false;
    const resize = () => chart?.resize();
    loadChart().then((ChartClass) => {
      if (!gone) chart = new ChartClass(canvas.current!, barConfig(props));
    });
    // Printing resizes the page: let the chart follow so it is not cut off or blurred.
    window.addEventListener('beforeprint', resize);
    return () => {
      gone = true;
      window.removeEventListener('beforeprint', resize);
      chart?.destroy();
    };
  }, [key]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={props.title} />
    </div>
  );
}
