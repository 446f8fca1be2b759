import Database from 'better-sqlite3';
import { join } from 'node:path';

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
