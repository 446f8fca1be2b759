import { Inject, Injectable } from '@nestjs/common';
import {
  BackupSeal,
  EVENT_STORE,
  EventLineSequence,
  MAX_APPEND_BYTES,
  formatEventLine,
  withoutUpcasting,
  type EventLine,
  type EventStore,
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
    const stored = withoutUpcasting(this.store);
    const head = await stored.headPosition();
    const seal = new BackupSeal();
    let count = 0;
    await writeNewFile(file, async (append) => {
      for (let after: bigint | undefined; ; ) {
        const page = (await stored.readAll({ after, maxCount: EXPORT_PAGE })).filter((event) => event.position <= head);
        if (page.length === 0) break;
        const lines = page.map(formatEventLine);
        lines.forEach((line) => seal.add(line));
        await append(lines.map((line) => `${line}\n`).join(''));
        count += page.length;
        after = page[page.length - 1].position;
      }
      await append(`${seal.closingLine()}\n`);
    });
    return count;
  }

  /**
   * Restores a backup into an empty store: the same streams, revisions and order. The whole file is checked before
   * the first append, closing line included, so a malformed line (named by its number) or a file cut short leaves
   * the store untouched.
   */
  async importFrom(file: string): Promise<number> {
    if ((await this.store.readAll({ maxCount: 1 })).length > 0) {
      throw new Error('The event store is not empty: a backup is only imported into an empty store. Nothing was imported.');
    }
    const sequence = new EventLineSequence();
    for await (const { line, lineNumber } of readEventLines(file)) sequence.check(line, lineNumber);

    let batch: EventLine[] = [];
    let bytes = 0;
    for await (const { line, bytes: size } of readEventLines(file)) {
      const full = batch.length >= IMPORT_BATCH_EVENTS || bytes + size > IMPORT_BATCH_BYTES;
      if (batch.length > 0 && (full || batch[0].streamId !== line.streamId)) {
        await this.append(batch);
        [batch, bytes] = [[], 0];
      }
      batch.push(line);
      bytes += size;
    }
    if (batch.length > 0) await this.append(batch);
    return sequence.count;
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
