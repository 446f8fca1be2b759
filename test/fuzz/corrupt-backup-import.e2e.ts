import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { ExportEventsCommand, ImportEventsCommand } from '../../apps/cli/src/events/events.command';
import { cliContext, type CliContext } from '../cli/cli-context';
import { BackupSeal, MalformedEventLineError } from '../../libs/event-store/src';
import { newEvent } from '../event-store/contract/store-under-test';
import { tempDir } from '../support/temp-dir';

const SEED = Number(process.env.FUZZ_SEED ?? 20240101);
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

/** Ways a backup gets damaged in transfer or storage. */
type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'overwrite'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line' | 'drop-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number };

function damaged(original: Buffer, damage: Damage): Buffer {
  const lines = () => original.toString('utf8').trimEnd().split('\n');
  const joined = (all: string[]) => Buffer.from(`${all.join('\n')}\n`);
  const at = (fraction: number) => Math.floor(fraction * original.length);
  switch (damage.kind) {
    case 'truncate':
      return original.subarray(0, at(damage.at));
    case 'overwrite':
      return Buffer.concat([original.subarray(0, at(damage.at)), Buffer.from(damage.bytes), original.subarray(at(damage.at) + damage.bytes.length)]);
    case 'delete':
      return Buffer.concat([original.subarray(0, at(damage.at)), original.subarray(at(damage.at) + damage.length)]);
    case 'duplicate-line':
    case 'drop-line': {
      const all = lines();
      const index = damage.line % all.length;
      return joined(damage.kind === 'drop-line' ? all.filter((_, i) => i !== index) : [...all.slice(0, index + 1), ...all.slice(index)]);
    }
    case 'swap-lines': {
      const all = lines();
      const [a, b] = [damage.line % all.length, damage.other % all.length];
      [all[a], all[b]] = [all[b], all[a]];
      return joined(all);
    }
  }
}

const fraction = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const damages: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fraction, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'drop-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
);

describe('importing a damaged backup', () => {
  const files = tempDir('damaged-backups');
  const stores: Array<ReturnType<typeof tempDir>> = [];
  let original: Buffer;
  let empty: CliContext;

  const emptyStore = async () => {
    const dir = tempDir('import-target');
    stores.push(dir);
    return cliContext(dir.path);
  };

  beforeAll(async () => {
    const source = await emptyStore();
    for (let stream = 0; stream < 12; stream++) {
      const events = Array.from({ length: 3 }, (_, index) => newEvent({ stream, index, place: 'Camp Union III, “Baghdad”' }, `Observed${index}`));
      await source.storedEvents().appendToStream(`patrol-${stream}`, events, { expectedRevision: 'no_stream' });
    }
    await source.command(ExportEventsCommand).run([files.file('backup.ndjson')]);
    await source.close();
    original = readFileSync(files.file('backup.ndjson'));
    empty = await emptyStore();
  });
  afterAll(async () => {
    await empty.close();
    [files, ...stores].forEach((dir) => dir.remove());
  });

  it('refuses a file cut off in the middle of a line, naming that line, and writes nothing', async () => {
    const cut = files.file('cut.ndjson');
    const lines = original.toString('utf8').trimEnd().split('\n');
    const closingLineBytes = Buffer.byteLength(`${lines[lines.length - 1]}\n`);
    // 30 bytes short of the end of the last event line (the one before the closing line).
    writeFileSync(cut, original.subarray(0, original.length - closingLineBytes - 30));
    await expect(empty.command(ImportEventsCommand).run([cut])).rejects.toThrow(new RegExp(`^Line ${lines.length - 1}: not valid JSON`));
    expect(await empty.storedEvents().readAll()).toEqual([]);
  });

  it('imports all or nothing: refused with an empty store, or exactly the events the damaged file holds', async () => {
    await fc.assert(
      fc.asyncProperty(damages, async (damage) => {
        const file = files.file('damaged.ndjson');
        const bytes = damaged(original, damage);
        writeFileSync(file, bytes);
        const refusal = await empty.command(ImportEventsCommand).run([file]).then(() => undefined, (error: unknown) => error);
        const stored = (await empty.storedEvents().readAll()).map((event) => event.id);
        if (refusal !== undefined) {
          // Refused by the check of the whole file, not by a crash (a TypeError) or a failed append half-way.
          expect({ damage, refusal, stored }).toEqual({ damage, refusal: expect.any(MalformedEventLineError), stored: [] });
          // It names why, and a line of the file (or the one after the last, for a file that ends too soon).
          const { lineNumber, reason } = refusal as MalformedEventLineError;
          const named = reason.trim() !== '' && lineNumber >= 1 && lineNumber <= bytes.toString('utf8').split('\n').length + 1;
          expect({ damage, lineNumber, reason, named }).toEqual({ damage, lineNumber, reason, named: true });
          return;
        }
        const inFile = bytes.toString('utf8').split('\n').filter((line) => line.trim() !== '' && !BackupSeal.isClosingLine(line)).map((line) => JSON.parse(line).id);
        expect({ damage, stored }).toEqual({ damage, stored: inFile });
        // That store is no longer empty: the next run gets a fresh one.
        await empty.close();
        empty = await emptyStore();
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
