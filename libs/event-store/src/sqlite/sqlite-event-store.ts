import Database from 'better-sqlite3';
import { ownerOnlyDatabase } from '../owner-only';
import { validateAppend, type SerialisedEvent } from '../append-validation';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port';
import { catchUpSubscription } from './catch-up-subscription';

interface PendingAppend {
  streamId: string;
  events: SerialisedEvent[];
  expectedRevision: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

interface EventRow {
  global_position: bigint;
  event_id: string;
  stream_id: string;
  stream_revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    global_position INTEGER PRIMARY KEY,
    event_id        TEXT    NOT NULL UNIQUE,
    stream_id       TEXT    NOT NULL,
    stream_revision INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    UNIQUE (stream_id, stream_revision)
  );
`;

/**
 * How long an append waits for another process's write to end before it is refused as unavailable (503). The wait
 * is synchronous and holds up every request of this process; another process's commit takes milliseconds.
 */
const BUSY_TIMEOUT_MS = 2000;

/** How often a subscription looks for events written by another process on the same file. */
const CROSS_PROCESS_POLL_MS = 200;

/** SQLite's number for synchronous = FULL. */
const SYNCHRONOUS_FULL = 2;

/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a commit is on disk before it is
 * acknowledged. Appends that arrive while a commit is pending are grouped into one transaction and one fsync
 * (group commit); each is still checked against its own expected revision inside a savepoint of its own.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly appendListeners = new Set<() => void>();
  private readonly statements;
  /** Built once: better-sqlite3 creates a wrapper per db.transaction() call, which showed up in the profile. */
  private readonly commitGroup: Database.Transaction<(batch: PendingAppend[]) => Outcome[]>;
  private readonly appendInSavepoint: (append: PendingAppend) => AppendResult;

  constructor(readonly file: string) {
    ownerOnlyDatabase(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.exec(SCHEMA);
    this.statements = {
      streamRevision: this.db
        .prepare('SELECT stream_revision FROM events WHERE stream_id = ? ORDER BY stream_revision DESC LIMIT 1')
        .pluck()
        .safeIntegers(true),
      eventById: this.db
        .prepare('SELECT stream_id, stream_revision, global_position FROM events WHERE event_id = ?')
        .safeIntegers(true),
      insert: this.db.prepare(
        'INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      readForwards: this.db
        .prepare('SELECT * FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?')
        .safeIntegers(true),
      readBackwards: this.db
        .prepare('SELECT * FROM events WHERE stream_id = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?')
        .safeIntegers(true),
      readAll: this.db
        .prepare('SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?')
        .safeIntegers(true),
      head: this.db.prepare('SELECT coalesce(max(global_position), 0) FROM events').pluck().safeIntegers(true),
    };
    this.commitGroup = this.db.transaction((batch: PendingAppend[]) => batch.map((append) => this.tryAppend(append)));
    // Called inside commitGroup, a transaction function runs as a savepoint.
    this.appendInSavepoint = this.db.transaction((append: PendingAppend) => this.appendOne(append));
  }

  appendToStream(streamId: string, events: NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreUnavailableError('The event store is closed'));
    let serialised: SerialisedEvent[];
    try {
      serialised = validateAppend(streamId, events);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events: serialised, expectedRevision: options.expectedRevision, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      // BEGIN IMMEDIATE waits for the write lock before the first read: a deferred transaction that read, then
      // found another process writing, would fail at its first INSERT without waiting ("database is locked").
      outcomes = this.commitGroup.immediate(batch);
    } catch (error) {
      const unavailable = new EventStoreUnavailableError(`The event store could not commit: ${(error as Error).message}`, error);
      for (const append of batch) append.reject(unavailable);
      return;
    }
    batch.forEach((append, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) append.resolve(outcome.result);
      else append.reject(outcome.error);
    });
    for (const listener of this.appendListeners) listener();
  }

  private tryAppend(append: PendingAppend): Outcome {
    try {
      // One INSERT is atomic on its own; a batch needs a savepoint so that a refused append rolls back alone.
      return { ok: true, result: append.events.length === 1 ? this.appendOne(append) : this.appendInSavepoint(append) };
    } catch (error) {
      // Disk full or I/O errors make SQLite roll back the whole group: then none of it may be acknowledged.
      if (!this.db.inTransaction) throw error;
      return { ok: false, error };
    }
  }

  private appendOne({ streamId, events, expectedRevision }: PendingAppend): AppendResult {
    const repeated = this.repeatedAppend(streamId, events);
    if (repeated) return repeated;
    const current = this.statements.streamRevision.get(streamId) as bigint | undefined;
    const actual = current ?? 'no_stream';
    const matches =
      expectedRevision === 'any' ||
      (expectedRevision === 'no_stream' && current === undefined) ||
      (expectedRevision === 'stream_exists' && current !== undefined) ||
      (typeof expectedRevision === 'bigint' && current === expectedRevision);
    if (!matches) throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);
    let revision = current ?? -1n;
    let position = 0n;
    for (const { event, data, metadata } of events) {
      revision += 1n;
      try {
        position = BigInt(this.statements.insert.run(event.id, streamId, revision, event.type, data, metadata).lastInsertRowid);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new InvalidAppendError(`Event id ${event.id} is already used by another event`);
        }
        throw error;
      }
    }
    return { nextExpectedRevision: revision, position };
  }

  /** EventStoreDB acknowledges a batch whose event ids are already stored, in order, in that stream, without writing. */
  private repeatedAppend(streamId: string, events: SerialisedEvent[]): AppendResult | undefined {
    const first = this.statements.eventById.get(events[0].event.id) as
      | { stream_id: string; stream_revision: bigint; global_position: bigint }
      | undefined;
    if (!first || first.stream_id !== streamId) return undefined;
    const stored = this.statements.readForwards.all(streamId, first.stream_revision, events.length) as EventRow[];
    if (stored.length !== events.length || stored.some((row, i) => row.event_id !== events[i].event.id)) return undefined;
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.stream_revision, position: last.global_position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows = (
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? BigInt(Number.MAX_SAFE_INTEGER), maxCount)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0n, maxCount)
    ) as EventRow[];
    if (rows.length === 0 && this.statements.streamRevision.get(streamId) === undefined) {
      throw new StreamNotFoundError(streamId);
    }
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllSync(options.after ?? 0n, options.maxCount ?? Number.MAX_SAFE_INTEGER);
  }

  private readAllSync(after: bigint, maxCount: number): RecordedEvent[] {
    this.assertOpen();
    return (this.statements.readAll.all(after, maxCount) as EventRow[]).map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return catchUpSubscription({
      after: options.after ?? 0n,
      readPage: (after) => this.readAllSync(after, 1000),
      waitForMore: (signal) => this.waitForAppend(signal),
    });
  }

  /** Resolves on the next local commit, or after a short poll for writers in other processes. */
  private waitForAppend(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      // An abort that came before the wait began sends no event: listening for it would wait out the poll.
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.appendListeners.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, CROSS_PROCESS_POLL_MS);
      this.appendListeners.add(done);
      signal.addEventListener('abort', done);
    });
  }

  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return this.statements.head.get() as bigint;
  }

  /** Fails unless the store can read and its connection keeps the durability it promises. */
  async ping(): Promise<void> {
    this.assertOpen();
    this.statements.head.get();
    const { journalMode, synchronous } = this.durability();
    if (journalMode !== 'wal' || synchronous !== SYNCHRONOUS_FULL) {
      throw new EventStoreUnavailableError(`The event store is not durable: journal_mode=${journalMode}, synchronous=${synchronous}`);
    }
  }

  /**
   * The journal mode and synchronous level of the store's own connection (synchronous is per connection): with WAL
   * and FULL each commit is synced to disk before an append is acknowledged.
   */
  durability(): { journalMode: string; synchronous: number } {
    return {
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: Number(this.db.pragma('synchronous', { simple: true })),
    };
  }

  /** A closed file answers with the store's own error, not better-sqlite3's TypeError, so callers can tell it apart. */
  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Commit whatever is queued before the file closes: those callers are waiting for an acknowledgement.
    this.flush();
    for (const listener of this.appendListeners) listener();
    this.db.close();
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: row.stream_revision,
    position: row.global_position,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
  };
}
