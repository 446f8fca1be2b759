import { apiRequest, downloadFromApi } from '../../api/client';
import { formatDateTime, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import type { Role, WeeklyOverview } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { useSubmit } from '../../api/use-submit';
import { Alert, ResourceState } from '../../components/feedback';
import { PageHeader, StatusBadge } from '../../components/layout';
import { Link } from '../../router';
import { CountsChart } from './counts-chart';
import { OverviewFigures, UseOfForceTable } from './overview-sections';
import { weekSpan } from './iso-week';
import { WeekPicker } from './week-picker';

/** One ISO week as it stands (or as published), with publication by a manager once the week has ended. */
export function WeeklyOverviewPage({ week, role }: { week: string; role: Role }) {
  const overview = useResource<WeeklyOverview>(`/overviews/weekly/${week}`);
  const data = overview.data;
  const ended = data ? Date.now() >= Date.parse(data.to) : false;
  const publishable = data && ended && data.status !== 'PUBLISHED' && may.publishOverview(role);
  const publication = useSubmit(async () => {
    await apiRequest('POST', `/overviews/weekly/${week}/publication`, {});
    overview.reload();
  });
  const download = useSubmit(() => downloadFromApi(`/overviews/weekly/${week}?format=csv`, `weekly-overview-${week}.csv`));
  const failure = publication.failure ?? download.failure;
  const { busy } = publication;
  return (
    <>
      <PageHeader
        title={`Weekly overview ${week}`}
        lead={data && <>{weekSpan(week)} ({data.timeZone}) · <StatusBadge status={data.status} label={statusLabel(data)} /></>}
        actions={<WeekPicker key={week} week={week} base="/overviews/weekly" />}
      />
      {failure && <Alert kind="error" title="Not done">{failure.message}</Alert>}
      <ResourceState resource={overview} what="the overview" />
      {data && (
        <>
          <div class="toolbar no-print">
            {publishable && (
              <button type="button" class="button" disabled={busy} onClick={() => publication.submit()}>
                {busy ? 'Publishing…' : data.revision === 0 ? 'Publish week' : `Publish revision ${data.revision + 1}`}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={() => download.submit()}>
              Download CSV
            </button>
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              Print
            </button>
            <Link class="button button--secondary" href={`/overviews/weekly/${week}/public`}>
              Public edition
            </Link>
            {!ended && <span class="hint-inline">This week has not ended yet; it can be published from {formatDateTime(data.to)}.</span>}
          </div>
          {data.status === 'CORRECTION_REQUIRED' && <CorrectionNotice overview={data} />}
          <OverviewFigures overview={data} />
          <div class="columns columns--even">
            <CountsChart title="Incidents by category" counts={data.incidents.byCategory} horizontal />
            <CountsChart title="Incidents by mission" counts={data.incidents.byMission} />
          </div>
          <section class="card">
            <h2>Use of force ({data.useOfForce.length})</h2>
            <UseOfForceTable items={data.useOfForce} />
          </section>
          <p class="print-only">Printed {formatDateTime(new Date().toISOString())}. Revision {data.revision}.</p>
        </>
      )}
    </>
  );
}

function statusLabel(overview: WeeklyOverview): string {
  if (overview.status === 'PUBLISHED') return `Published · revision ${overview.revision}`;
  if (overview.status === 'CORRECTION_REQUIRED') return `Correction required · revision ${overview.revision} published`;
  return 'Draft · not published';
}

function CorrectionNotice({ overview }: { overview: WeeklyOverview }) {
  return (
    <Alert kind="warning" title="This published week needs a correction">
      <p>Entries recorded after publication change its content. Publishing again issues revision {overview.revision + 1}; parliament is notified of the correction.</p>
      <ul class="late-entries">
        {overview.lateEntries.map((entry) => (
          <li key={`${entry.kind}-${entry.id}-${entry.recordedAt}`}>
            {humanize(entry.kind)} {entry.change.toLowerCase()} · occurred {formatDateTime(entry.occurredAt)} · recorded {formatDateTime(entry.recordedAt)}
            {entry.reason && ` · ${entry.reason}`}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
