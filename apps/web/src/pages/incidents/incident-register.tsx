import { useState } from 'preact/hooks';
import { withQuery } from '../../api/client';
import { formatDateTime, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import { INCIDENT_CATEGORIES, MISSIONS, type IncidentItem, type Page, type Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { ResourceState } from '../../components/feedback';
import { InputField, SelectField } from '../../components/fields';
import { PageHeader, StatusBadge, PagedItems } from '../../components/layout';
import { Link, navigate } from '../../router';
import { endOfDay, startOfDay } from './date-range';

const PAGE_SIZE = 25;
const FILTERS = ['category', 'mission', 'status', 'from', 'to'] as const;
const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: humanize(code) }));

/** The register with its filters in the address, so a filtered view can be bookmarked and shared. */
export function IncidentRegisterPage({ query, role }: { query: URLSearchParams; role: Role }) {
  const applied = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? '']));
  const page = Math.max(1, Number(query.get('page')) || 1);
  const [filters, setFilters] = useState(applied);
  const set = (name: string) => (value: string) => setFilters({ ...filters, [name]: value });
  const path = withQuery('/incidents', {
    category: applied.category,
    mission: applied.mission,
    status: applied.status,
    from: startOfDay(applied.from),
    to: endOfDay(applied.to),
    page,
    pageSize: PAGE_SIZE,
  });
  const register = useResource<Page<IncidentItem>>(path);
  const go = (values: Record<string, string>, toPage: number) => navigate(withQuery('/incidents', { ...values, page: toPage > 1 ? toPage : undefined }));

  return (
    <>
      <PageHeader
        title="Incident register"
        lead="Newest first. Filter by category, mission, status and the date an incident occurred."
        actions={may.logIncident(role) && <Link class="button" href="/incidents/new">Log incident</Link>}
      />
      <form class="card filters no-print" role="search" aria-label="Filter incidents" onSubmit={(event) => (event.preventDefault(), go(filters, 1))}>
        <SelectField name="category" label="Category" value={filters.category} onInput={set('category')} options={options(INCIDENT_CATEGORIES)} placeholder="All" />
        <SelectField name="mission" label="Mission" value={filters.mission} onInput={set('mission')} options={options(MISSIONS)} placeholder="All" />
        <SelectField name="status" label="Status" value={filters.status} onInput={set('status')} options={options(['REPORTED', 'CLOSED'])} placeholder="All" />
        <InputField name="from" label="From" type="date" value={filters.from} onInput={set('from')} />
        <InputField name="to" label="To (inclusive)" type="date" value={filters.to} onInput={set('to')} />
        <div class="form-actions">
          <button type="submit" class="button">Apply</button>
          <button type="button" class="button button--secondary" onClick={() => (setFilters(Object.fromEntries(FILTERS.map((name) => [name, '']))), go({}, 1))}>
            Reset
          </button>
        </div>
      </form>
      <ResourceState resource={register} what="incidents" />
      {register.data && (
        <section class="card" aria-label="Incidents">
          <PagedItems page={register.data} empty="No incidents match these filters." onPage={(next) => go(applied, next)}>
            {(incidents) => <IncidentTable incidents={incidents} />}
          </PagedItems>
        </section>
      )}
    </>
  );
}

function IncidentTable({ incidents }: { incidents: IncidentItem[] }) {
  return (
    <div class="table-wrap">
      <table class="table--stack">
        <thead>
          <tr>
            <th scope="col">Occurred</th>
            <th scope="col">Category</th>
            <th scope="col">Mission</th>
            <th scope="col">Location</th>
            <th scope="col" class="number">Severity</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <tr key={incident.id}>
              <td data-label="Occurred">
                <Link href={`/incidents/${incident.id}`}>{formatDateTime(incident.occurredAt)}</Link>
              </td>
              <td data-label="Category">{humanize(incident.category)}</td>
              <td data-label="Mission">{humanize(incident.mission)}</td>
              <td data-label="Location">{incident.location.name}</td>
              <td data-label="Severity" class="number">{incident.severity}</td>
              <td data-label="Status"><StatusBadge status={incident.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
