import { downloadFromApi } from '../../api/client';
import { formatDate, humanize } from '../../api/labels';
import type { PublicWeeklyOverview } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { useSubmit } from '../../api/use-submit';
import { Alert, ResourceState } from '../../components/feedback';
import { PageHeader } from '../../components/layout';
import { Link } from '../../router';
import { CountsChart } from './counts-chart';
import { weekSpan } from './iso-week';

/** The edition the public sees: counts by category and mission, and each use of force in brief (SPEC 3.6). */
export function PublicEditionPage({ week }: { week: string }) {
  const edition = useResource<PublicWeeklyOverview>(`/overviews/weekly/${week}?edition=public`);
  const data = edition.data;
  const download = useSubmit(() => downloadFromApi(`/overviews/weekly/${week}?edition=public&format=csv`, `weekly-overview-${week}-public.csv`));
  return (
    <>
      <PageHeader
        title="Public edition"
        lead={<>As it appears in the weekly overview of defence operations. <Link href={`/overviews/weekly/${week}`}>Back to the full overview</Link></>}
        actions={
          <>
            <button type="button" class="button button--secondary" onClick={() => download.submit()}>Download CSV</button>
            <button type="button" class="button button--secondary" onClick={() => window.print()}>Print</button>
          </>
        }
      />
      <ResourceState resource={edition} what="the public edition" />
      {download.failure && <Alert kind="error" title="Not downloaded">{download.failure.message}</Alert>}
      {data && data.status === 'DRAFT' && (
        <Alert kind="warning" title="Preview: not published">
          <p>This week has not been published. This is what publication would show today.</p>
        </Alert>
      )}
      {data && (
        <article class="publication">
          <header>
            <p class="eyebrow">Ministry of Defence · Weekly overview of defence operations</p>
            <h2>Iraq: Force Protection and advisers, week {Number(week.slice(6))} of {week.slice(0, 4)}</h2>
            <p class="lead">
              {weekSpan(week)}
              {data.revision > 1 && ` · corrected edition (revision ${data.revision})`}
            </p>
          </header>
          <p>
            In this week {data.incidents.total === 0 ? 'no incidents were' : `${data.incidents.total} incident${data.incidents.total === 1 ? ' was' : 's were'}`} registered
            {data.useOfForce.length > 0 ? `, including ${data.useOfForce.length} use${data.useOfForce.length === 1 ? '' : 's'} of force.` : ', with no use of force.'}
          </p>
          <div class="columns columns--even">
            <CountsChart title="Incidents by category" counts={data.incidents.byCategory} horizontal />
            <CountsChart title="Incidents by mission" counts={data.incidents.byMission} />
          </div>
          <section>
            <h3>Use of force</h3>
            {data.useOfForce.length === 0 ? (
              <p>None.</p>
            ) : (
              <ul class="publication-list">
                {data.useOfForce.map((item, index) => (
                  <li key={index}>
                    <strong>
                      {formatDate(item.occurredAt)} · {humanize(item.mission)}
                    </strong>
                    <p>{item.publicSummary}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
      )}
    </>
  );
}
