import { Inject, Injectable } from '@nestjs/common';
import {
  BackupSeal,
  EVENT_STORE,
  EventLineSequence,
  MAX_APPEND_BYTES,
  formatEventLine,
  readAllPages,
  withoutUpcasting,
  type EventLine,
  type EventStore,
  type RecordedEvent,
} from '../../../../libs/event-store/src';
import { readEventLines, writeNewFile } from './backup-file';

const EXPORT_PAGE = 1000;
/** Consecutive events of one stream go in one atomic append, within limits every store accepts. */
const IMPORT_BATCH_EVENTS = 100;
const IMPORT_BATCH_BYTES = MAX_APPEND_BYTES / 2;

/** Backup and restore of the whole event store as NDJSON, one event per line in $all order. */
@Injectable()
export class EventBackup {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Writes every event up to the current head, exactly as stored (no upcasting), then the closing line, to a new file. */
  async exportTo(file: string): Promise<number> {
    const head = await this.store.headPosition();
    const seal = new BackupSeal();
    await writeNewFile(file, async (append) => {
      let chunk: string[] = [];
      for await (const event of this.storedEvents()) {
        if (event.position > head) break;
        const line = formatEventLine(event);
        seal.add(line);
        chunk.push(`${line}\n`);
        if (chunk.length === EXPORT_PAGE) {
          await append(chunk.join(''));
          chunk = [];
        }
      }
      await append(`${chunk.join('')}${seal.closingLine()}\n`);
    });
    return seal.events;
  }

  /**
   * Restores a backup into an empty store: the same streams, revisions and order. The whole file is checked before
   * the first append, closing line included, so a malformed line (named by its number) or a file cut short leaves
   * the store untouched. Each append is atomic, so an import stopped part-way (a full disk) leaves exactly the first
   * events of the file; `resume` continues it, after checking that the store holds that prefix and nothing else.
   * `withoutClosingLine` accepts a backup exported before backups had one; whether it is whole cannot then be told.
   */
  async importFrom(file: string, { resume = false, withoutClosingLine = false } = {}): Promise<number> {
    const lines = () => readEventLines(file, { withoutClosingLine });
    const sequence = new EventLineSequence();
    for await (const { line, lineNumber } of lines()) sequence.check(line, lineNumber);
    const imported = resume ? await this.importedPrefix(lines()) : await this.emptyStore();

    let batch: EventLine[] = [];
    let bytes = 0;
    let done = imported;
    const flush = async () => {
      await this.append(batch);
      done += batch.length;
      [batch, bytes] = [[], 0];
    };
    try {
      let skipped = 0;
      for await (const { line, bytes: size } of lines()) {
        if (skipped < imported) {
          skipped += 1;
          continue;
        }
        const full = batch.length >= IMPORT_BATCH_EVENTS || bytes + size > IMPORT_BATCH_BYTES;
        if (batch.length > 0 && (full || batch[0].streamId !== line.streamId)) await flush();
        batch.push(line);
        bytes += size;
      }
      if (batch.length > 0) await flush();
    } catch (error) {
      throw new Error(
        `Imported ${done} of ${sequence.count} events, then: ${(error as Error).message}. The store holds the first ` +
          `${done} events of the backup; once that is fixed, \`events import --resume ${file}\` imports the rest.`,
        { cause: error },
      );
    }
    return sequence.count - imported;
  }

  private async emptyStore(): Promise<number> {
    if ((await this.store.readAll({ maxCount: 1 })).length > 0) {
      throw new Error('The event store is not empty: a backup is only imported into an empty store (or, with --resume, one that holds its first events). Nothing was imported.');
    }
    return 0;
  }

  /** How many events the store already holds of this backup: they must be its first ones, in its order, and all the store holds. */
  private async importedPrefix(backup: ReturnType<typeof readEventLines>): Promise<number> {
    const stored = this.storedEvents();
    let count = 0;
    for await (const { line, lineNumber } of backup) {
      const next = await stored.next();
      if (next.done) return count;
      const event = next.value;
      if (event.id !== line.event.id || event.streamId !== line.streamId || event.revision !== line.revision) {
        throw new Error(`The store's event ${count + 1} (${event.id}) is not line ${lineNumber} of the backup: the store does not hold a part of this backup to resume. Nothing was imported.`);
      }
      count += 1;
    }
    if (!(await stored.next()).done) {
      throw new Error(`The store holds more events than the backup (${count}): it does not hold a part of this backup to resume. Nothing was imported.`);
    }
    return count;
  }

  /** Every stored event in $all order, exactly as stored (no upcasting), read a page at a time. */
  private async *storedEvents(): AsyncGenerator<RecordedEvent> {
    for await (const page of readAllPages(withoutUpcasting(this.store), { pageSize: EXPORT_PAGE })) yield* page;
  }

  /** Exact expected revisions: a writer sneaking in during the import makes it fail rather than interleave. */
  private async append(batch: EventLine[]): Promise<void> {
    const first = batch[0].revision;
    await this.store.appendToStream(
      batch[0].streamId,
      batch.map((line) => line.event),
      { expectedRevision: first === 0n ? 'no_stream' : first - 1n },
    );
  }
}
