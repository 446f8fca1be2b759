import { createHash } from 'node:crypto';
import { MalformedEventLineError } from './event-line';

const CLOSING_KEY = 'endOfBackup';

/**
 * The closing line of a backup: how many event lines come before it and the SHA-256 of those lines. Without it a file
 * cut off at a line boundary, or one that lost, repeated, reordered or garbled lines, would restore part of the
 * register as if it were all of it. It guards against damage, not against tampering: whoever edits the file can
 * compute a new closing line (keep backups where only those entitled can write).
 */
export class BackupSeal {
  private readonly hash = createHash('sha256');
  private added = 0;

  /** Adds an event line, as written (without its newline). */
  add(line: string): void {
    this.hash.update(line).update('\n');
    this.added += 1;
  }

  /** How many event lines were added. */
  get events(): number {
    return this.added;
  }

  /** The closing line for the lines added so far; call once, after the last. */
  closingLine(): string {
    return JSON.stringify({ [CLOSING_KEY]: { events: this.added, sha256: this.hash.digest('hex') } });
  }

  /** Event lines start with {"streamId": the closing line can never be mistaken for one. */
  static isClosingLine(text: string): boolean {
    return text.startsWith(`{"${CLOSING_KEY}":`);
  }

  /** Checks the closing line at `lineNumber` against the lines added; call once, after the last. */
  verify(text: string, lineNumber: number): void {
    const expected = this.closingLine();
    if (text.trim() === expected) return;
    const fail = (reason: string) => new MalformedEventLineError(lineNumber, `${reason}: the file is damaged`);
    let stated: { events?: unknown };
    try {
      stated = (JSON.parse(text) as Record<string, { events?: unknown }>)[CLOSING_KEY] ?? {};
    } catch {
      throw fail('the closing line is not valid JSON');
    }
    throw stated.events === this.events
      ? fail(`the ${this.events} event lines before the closing line are not the ones that were exported (checksum differs)`)
      : fail(`the closing line counts ${String(stated.events)} events, the file holds ${this.events}`);
  }
}
