import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { IncidentReport } from './incident-writers';
import type { ServerProcess } from './server-process';

/** Every item of a paged list (`{items, total, page, pageSize}`), page by page. */
export async function everyItem<T>(baseUrl: string, token: string, path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const response = await fetch(`${baseUrl}${path}${separator}page=${page}&pageSize=500`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { items: T[]; total: number };
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) return items;
  }
}

export interface StoredEvent {
  streamId: string;
  type: string;
  data: Record<string, unknown>;
}

/** The events as the embedded store holds them on disk (read only after the server has stopped). */
export function storedEvents(dataDir: string): StoredEvent[] {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT stream_id, type, data FROM events ORDER BY global_position').all() as Array<{ stream_id: string; type: string; data: string }>;
    return rows.map((row) => ({ streamId: row.stream_id, type: row.type, data: JSON.parse(row.data) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

/** How many times each key occurs. */
export function occurrences(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const needsReview = (report: IncidentReport) => report.category === 'USE_OF_FORCE';

/** The register and the CIVCAS queue as the (restarted) server shows them, then the store as it is on disk. */
async function registerContents(server: ServerProcess, dataDir: string, token: string) {
  const incidents = await everyItem<{ id: string }>(server.baseUrl, token, '/api/incidents');
  const reviews = await everyItem<{ incidentId?: string }>(server.baseUrl, token, '/api/casualty-reviews');
  expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  const events = storedEvents(dataDir);
  return {
    incidentIds: occurrences(incidents.map((item) => item.id)),
    reviewedIncidents: occurrences(reviews.flatMap((item) => (item.incidentId ? [item.incidentId] : []))),
    reportEvents: occurrences(events.filter((e) => e.type === 'IncidentReported' || e.type === 'UseOfForceReported').map((e) => e.streamId)),
    reviewEvents: occurrences(events.filter((e) => e.type === 'CasualtySuspicionReported').map((e) => String(e.data.incidentId))),
  };
}

/** Every id once, and nothing else. */
function expectEachOnce(counts: Map<string, number>, ids: string[]): void {
  expect([...counts.entries()].filter(([, count]) => count !== 1)).toEqual([]);
  expect([...counts.keys()].sort()).toEqual([...ids].sort());
}

/** The running server shows exactly these reports, each once with one CIVCAS review per use of force; so does the disk. */
export async function expectExactly(server: ServerProcess, dataDir: string, token: string, reports: IncidentReport[]): Promise<void> {
  const contents = await registerContents(server, dataDir, token);
  const ids = reports.map((report) => report.id);
  const useOfForceIds = reports.filter(needsReview).map((report) => report.id);
  expectEachOnce(contents.incidentIds, ids);
  expectEachOnce(contents.reportEvents, ids.map((id) => `incident-${id}`));
  expectEachOnce(contents.reviewedIncidents, useOfForceIds);
  expectEachOnce(contents.reviewEvents, useOfForceIds);
}
