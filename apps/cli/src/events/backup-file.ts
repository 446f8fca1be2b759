import { createReadStream } from 'node:fs';
import { access, open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseEventLine, type EventLine } from '../../../../libs/event-store/src';

/** The events of a backup file with their line numbers; blank lines are skipped. Throws on the first malformed line. */
export async function* readEventLines(file: string): AsyncGenerator<{ line: EventLine; lineNumber: number; bytes: number }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    yield { line: parseEventLine(text, lineNumber), lineNumber, bytes: Buffer.byteLength(text) };
  }
}

/**
 * Writes a new file through a `.partial` sibling that is fsync'd and renamed at the end, so a backup that exists is
 * always complete. Refuses to replace an existing file.
 */
export async function writeNewFile(file: string, write: (append: (chunk: string) => Promise<void>) => Promise<void>): Promise<void> {
  if (await exists(file)) throw new Error(`${file} already exists: choose another name, a backup is never overwritten`);
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w');
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
