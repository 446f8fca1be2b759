import { MalformedEventLineError, type EventLine } from './event-line';

/**
 * Checks, line after line, that a backup can reproduce its streams exactly: each stream's revisions from 0 without
 * a gap, positions increasing through the file (the $all order), and no event id twice.
 */
export class EventLineSequence {
  private readonly nextRevision = new Map<string, bigint>();
  private readonly ids = new Set<string>();
  private lastPosition = -1n;
  count = 0;

  check(line: EventLine, lineNumber: number): void {
    const expected = this.nextRevision.get(line.streamId) ?? 0n;
    if (line.revision !== expected) {
      throw new MalformedEventLineError(lineNumber, `${line.streamId} revision ${line.revision} where ${expected} comes next`);
    }
    if (line.position <= this.lastPosition) {
      throw new MalformedEventLineError(lineNumber, `position ${line.position} does not come after ${this.lastPosition}`);
    }
    if (this.ids.has(line.event.id)) throw new MalformedEventLineError(lineNumber, `event id ${line.event.id} appears twice`);
    this.nextRevision.set(line.streamId, line.revision + 1n);
    this.lastPosition = line.position;
    this.ids.add(line.event.id);
    this.count += 1;
  }
}
