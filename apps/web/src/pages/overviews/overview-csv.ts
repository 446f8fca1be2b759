import type { WeeklyOverview } from '../../api/types';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // Quote everything that could break a row, and defuse spreadsheet formulas in free text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The overview as CSV (section, item, value), then the use-of-force list: one file for a spreadsheet. */
export function overviewCsv(overview: WeeklyOverview): string {
  const rows: unknown[][] = [['section', 'item', 'value']];
  rows.push(['week', 'id', overview.week], ['week', 'from', overview.from], ['week', 'to', overview.to], ['week', 'status', overview.status], ['week', 'revision', overview.revision]);
  rows.push(['incidents', 'total', overview.incidents.total]);
  for (const [category, count] of Object.entries(overview.incidents.byCategory)) rows.push(['incidents by category', category, count]);
  for (const [mission, count] of Object.entries(overview.incidents.byMission)) rows.push(['incidents by mission', mission, count]);
  rows.push(['casualty reviews', 'reported', overview.casualtyReviews.reported]);
  for (const [status, count] of Object.entries(overview.casualtyReviews.byStatus)) rows.push(['casualty reviews by status', status, count]);
  for (const [name, count] of Object.entries(overview.notifications)) rows.push(['notifications', name, count]);
  for (const [name, count] of Object.entries(overview.activities)) rows.push(['activities', name, count]);
  rows.push(['heat illness', 'casualties', overview.heatIllnessCasualties]);
  rows.push([], ['use of force', 'occurredAt', 'mission', 'location', 'basis', 'publicSummary', 'incidentId']);
  for (const item of overview.useOfForce) rows.push(['use of force', item.occurredAt, item.mission, item.location.name, item.basis, item.publicSummary, item.incidentId]);
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the CSV as a file download without a round trip to the server. */
export function downloadCsv(overview: WeeklyOverview): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', overviewCsv(overview)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `weekly-overview-${overview.week}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
