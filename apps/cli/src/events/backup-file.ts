import { createReadStream } from 'node:fs';
import { access, open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { BackupSeal, MalformedEventLineError, OWNER_ONLY_FILE, parseEventLine, type EventLine } from '../../../../libs/event-store/src';

/**
 * The events of a backup file with their line numbers; blank lines are skipped. Throws on the first malformed line,
 * and at the end when the closing line (see BackupSeal) does not match the lines before it or, unless
 * `withoutClosingLine` (backups exported before it existed), is missing.
 */
export async function* readEventLines(
  file: string,
  { withoutClosingLine = false } = {},
): AsyncGenerator<{ line: EventLine; lineNumber: number; bytes: number }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const seal = new BackupSeal();
  let closedAt: number | undefined;
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    if (closedAt !== undefined) throw new MalformedEventLineError(lineNumber, `comes after the closing line (line ${closedAt})`);
    if (BackupSeal.isClosingLine(text)) {
      seal.verify(text, lineNumber);
      closedAt = lineNumber;
      continue;
    }
    const line = parseEventLine(text, lineNumber);
    seal.add(text);
    yield { line, lineNumber, bytes: Buffer.byteLength(text) };
  }
  if (closedAt === undefined && !withoutClosingLine) {
    throw new MalformedEventLineError(
      lineNumber + 1,
      'the file ends without the closing line `events export` writes last: it is incomplete ' +
        '(a backup exported before closing lines existed imports with --without-closing-line)',
    );
  }
}

/**
 * Writes a new file through a `.partial` sibling that is fsync'd and renamed at the end, so a backup that exists is
 * always complete. Refuses to replace an existing file.
 */
export async function writeNewFile(file: string, write: (append: (chunk: string) => Promise<void>) => Promise<void>): Promise<void> {
  if (await exists(file)) throw new Error(`${file} already exists: choose another name, a backup is never overwritten`);
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', OWNER_ONLY_FILE);
  try {
    await write(async (chunk) => {
      await handle.write(chunk);
    });
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  await rename(partial, file);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
