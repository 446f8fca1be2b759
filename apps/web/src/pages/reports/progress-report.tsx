import { useState } from 'preact/hooks';
import { withQuery } from '../../api/client';
import { humanize } from '../../api/labels';
import { INCIDENT_CATEGORIES, MISSIONS, type MissionProgress, type ProgressReport } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { BarChart } from '../../components/bar-chart';
import { ResourceState } from '../../components/feedback';
import { InputField } from '../../components/fields';
import { PageHeader } from '../../components/layout';
import { navigate } from '../../router';
import { Stat } from '../overviews/counts-chart';
import { ProgressTable } from './progress-table';

const day = (date: Date) => date.toLocaleDateString('en-CA');

function defaultRange(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getFullYear(), to.getMonth() - 3, 1);
  return { from: day(from), to: day(to) };
}

/** The progress report over any date range: indicators per mission, with charts and the exact numbers. */
export function ProgressReportPage({ query }: { query: URLSearchParams }) {
  const fallback = defaultRange();
  const applied = { from: query.get('from') ?? fallback.from, to: query.get('to') ?? fallback.to };
  const [range, setRange] = useState(applied);
  const report = useResource<ProgressReport>(withQuery('/reports/progress', applied));
  const data = report.data;
  const missions = data ? MISSIONS : [];
  const per = (pick: (mission: MissionProgress) => number) => missions.map((mission) => pick(data!.byMission[mission]));
  const categories = data ? INCIDENT_CATEGORIES : [];
  const share = data?.notifications.sentOnTimeShare;
  return (
    <>
      <PageHeader title="Progress report" lead="Indicators per mission over a chosen period, for the regular progress reports to parliament." />
      <form class="card filters no-print" aria-label="Choose the period" onSubmit={(event) => (event.preventDefault(), navigate(withQuery('/reports/progress', range)))}>
        <InputField name="from" label="From" type="date" value={range.from} onInput={(from) => setRange({ ...range, from })} />
        <InputField name="to" label="To" type="date" value={range.to} onInput={(to) => setRange({ ...range, to })} />
        <div class="form-actions">
          <button type="submit" class="button">Show</button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>Print</button>
        </div>
      </form>
      <ResourceState resource={report} what="the report" />
      {data && (
        <>
          <div class="stats" aria-label="Notifications">
            <Stat label="Notifications sent" value={data.notifications.sent} />
            <Stat label="Median days to send" value={data.notifications.medianDaysToSend ?? '—'} />
            <Stat label="Sent on time" value={share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`} alert={share !== null && share !== undefined && share < 1} />
          </div>
          <div class="columns columns--even">
            <section class="card chart-card">
              <h2>Incidents by mission and category</h2>
              <BarChart title="Incidents by mission, stacked by category" labels={missions.map(humanize)} stacked series={categories.map((category) => ({ label: humanize(category), values: per((mission) => mission.incidents.byCategory[category]) }))} />
            </section>
            <section class="card chart-card">
              <h2>Force Protection output</h2>
              <BarChart
                title="Movements, advisers escorted and adviser engagements by mission"
                labels={missions.map(humanize)}
                series={[
                  { label: 'Movements', values: per((mission) => mission.movements) },
                  { label: 'Advisers escorted', values: per((mission) => mission.advisersEscorted) },
                  { label: 'Adviser engagements', values: per((mission) => mission.adviserEngagements) },
                ]}
              />
            </section>
          </div>
          <section class="card">
            <h2>Per mission</h2>
            <ProgressTable report={data} />
          </section>
        </>
      )}
    </>
  );
}
