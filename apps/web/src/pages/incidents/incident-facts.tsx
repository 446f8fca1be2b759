import { formatDateTime, humanize } from '../../api/labels';
import type { IncidentItem, IncidentCategory } from '../../api/types';
import { DefinitionList } from '../../components/layout';
import { DETAIL_FIELDS } from './category-details';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Any recorded value in words: codes humanised, instants formatted, places and details spelled out. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatDateTime(value) : /^[A-Z][A-Z_]+$/.test(value) ? humanize(value) : value;
  if (typeof value === 'object' && 'name' in value) {
    const place = value as { name: string; lat?: number; lon?: number };
    return place.lat === undefined ? place.name : `${place.name} (${place.lat}, ${place.lon})`;
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => `${key}: ${describeValue(inner)}`)
    .join(', ');
}

export function IncidentFacts({ incident }: { incident: IncidentItem }) {
  return (
    <DefinitionList
      items={[
        ['Category', humanize(incident.category)],
        ['Mission', humanize(incident.mission)],
        ['Occurred', formatDateTime(incident.occurredAt)],
        ['Severity', `${incident.severity} of 5`],
        ['Location', describeValue(incident.location)],
        ['Reported', formatDateTime(incident.reportedAt)],
      ]}
    />
  );
}

export function IncidentDetails({ category, details }: { category: IncidentCategory; details: Record<string, unknown> }) {
  const fields = DETAIL_FIELDS[category] ?? [];
  const long = fields.filter((field) => field.kind === 'text');
  return (
    <>
      <DefinitionList items={fields.filter((field) => field.kind !== 'text').map((field) => [field.label, describeValue(details[field.name])])} />
      {long.map((field) => (
        <div key={field.name} class="long-fact">
          <h3>{field.label}</h3>
          <p class="prose">{describeValue(details[field.name])}</p>
        </div>
      ))}
    </>
  );
}
