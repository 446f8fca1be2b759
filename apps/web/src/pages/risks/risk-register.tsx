import { withQuery } from '../../api/client';
import { formatDate, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import { MISSIONS, type Page, type RiskItem, type RiskHeatmap, type Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { Loading, ResourceState } from '../../components/feedback';
import { SelectField } from '../../components/fields';
import { PageHeader, StatusBadge, PagedItems } from '../../components/layout';
import { Link, navigate } from '../../router';
import { Heatmap } from './heatmap';

const PAGE_SIZE = 50;

/** Open risks by score with the 5×5 heatmap; a mission filter narrows both. */
export function RiskRegisterPage({ query, role }: { query: URLSearchParams; role: Role }) {
  const mission = query.get('mission') ?? '';
  const status = query.get('status') ?? 'OPEN';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const register = useResource<Page<RiskItem>>(withQuery('/risks', { mission, status: status === 'ALL' ? undefined : status, page, pageSize: PAGE_SIZE }));
  const heatmap = useResource<RiskHeatmap>(withQuery('/risks/heatmap', { mission }));
  const go = (change: Record<string, string | number>) => navigate(withQuery('/risks', { mission, status, ...change }));
  return (
    <>
      <PageHeader
        title="Risk register"
        lead="Highest score first. Materialisations are incidents of the same category and mission in the last 28 days."
        actions={may.manageRisks(role) && <Link class="button" href="/risks/new">Identify a risk</Link>}
      />
      <div class="card filters no-print" role="search" aria-label="Filter risks">
        <SelectField name="mission" label="Mission" value={mission} onInput={(value) => go({ mission: value, page: 1 })} options={MISSIONS.map((code) => ({ value: code, label: humanize(code) }))} placeholder="All" />
        <SelectField name="status" label="Status" value={status} onInput={(value) => go({ status: value, page: 1 })} options={[{ value: 'OPEN', label: 'Open' }, { value: 'CLOSED', label: 'Closed' }, { value: 'ALL', label: 'All' }]} />
      </div>
      <div class="columns columns--heatmap">
        <section class="card" aria-label="Risks">
      <ResourceState resource={register} what="risks" />
          {register.data && (
            <PagedItems page={register.data} empty="No risks match." onPage={(next) => go({ page: next })}>
              {(risks) => <RiskTable risks={risks} />}
            </PagedItems>
          )}
        </section>
        <section class="card">
          <h2>Heatmap</h2>
          {heatmap.data ? <Heatmap heatmap={heatmap.data} /> : <Loading what="the heatmap" />}
        </section>
      </div>
    </>
  );
}

function RiskTable({ risks }: { risks: RiskItem[] }) {
  return (
    <div class="table-wrap">
      <table class="table--stack">
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Risk</th>
            <th scope="col">Mission</th>
            <th scope="col">Owner</th>
            <th scope="col">Residual</th>
            <th scope="col" class="number"><abbr title="Materialisations in the last 28 days">28 d</abbr></th>
            <th scope="col">Review by</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => (
            <tr key={risk.id}>
              <td data-label="Score"><StatusBadge status={risk.level} label={`${risk.score} ${humanize(risk.level)}`} /></td>
              <td data-label="Risk">
                <Link href={`/risks/${risk.id}`}>{risk.title}</Link>
                <div class="hint-inline">{humanize(risk.category)}{risk.status === 'CLOSED' ? ' · closed' : ''}</div>
              </td>
              <td data-label="Mission">{humanize(risk.mission)}</td>
              <td data-label="Owner">{risk.owner}</td>
              <td data-label="Residual">{risk.residual ? <StatusBadge status={risk.residual.level} label={`${risk.residual.score} ${humanize(risk.residual.level)}`} /> : '—'}</td>
              <td data-label="Last 28 days" class="number">{risk.materialisations}</td>
              <td data-label="Review by">{formatDate(risk.reviewBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
