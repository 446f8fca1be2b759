import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExportEventsCommand, ImportEventsCommand } from '../../apps/cli/src/events/events.command';
import type { RecordedEvent } from '../../libs/event-store/src';
import { newEvent } from '../event-store/contract/store-under-test';
import { tempDir } from '../support/temp-dir';
import { cliContext, type CliContext } from './cli-context';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');

/** 60 streams of 20 events, appended in interleaved batches of 5, with a few events at older schema versions. */
async function seed(context: CliContext): Promise<void> {
  const store = context.storedEvents();
  for (let round = 0; round < 4; round++) {
    for (let stream = 0; stream < 60; stream++) {
      const batch = Array.from({ length: 5 }, (_, index) => {
        const event = newEvent({ stream, round, index, note: 'Route “Tampa” closed near Camp Taji' }, `Patrolled${index % 3}`);
        return { ...event, metadata: { ...event.metadata, schemaVersion: 1 + (index % 2) } };
      });
      await store.appendToStream(`patrol-${stream}`, batch, { expectedRevision: round === 0 ? 'no_stream' : BigInt(round * 5 - 1) });
    }
  }
}

const asStored = ({ id, streamId, revision, type, data, metadata }: RecordedEvent) => ({ id, streamId, revision, type, data, metadata });

describe('events export / import through the CLI', () => {
  const dirs = ['source', 'restored', 'empty', 'files'].map((name) => tempDir(`cli-${name}`));
  const [sourceDir, restoredDir, emptyDir, files] = dirs;
  const backup = files.file('backup.ndjson');
  let source: CliContext;
  let exported: string[];

  beforeAll(async () => {
    source = await cliContext(sourceDir.path);
    await seed(source);
    await source.command(ExportEventsCommand).run([backup]);
    exported = readFileSync(backup, 'utf8').trimEnd().split('\n');
  });

  afterAll(async () => {
    await source.close();
    dirs.forEach((dir) => dir.remove());
  });

  it('exports every event, one line each, in $all order, and closes the file with their count and checksum', async () => {
    expect(source.printed).toEqual([`Exported 1200 events to ${backup}`]);
    expect(exported).toHaveLength(1201);
    expect(exported.slice(0, 1200).map((line) => JSON.parse(line).id)).toEqual((await source.storedEvents().readAll()).map((event) => event.id));
    const sha256 = createHash('sha256').update(exported.slice(0, 1200).map((line) => `${line}\n`).join('')).digest('hex');
    expect(JSON.parse(exported[1200])).toEqual({ endOfBackup: { events: 1200, sha256 } });
  });

  it('refuses to overwrite an existing file', async () => {
    await expect(source.command(ExportEventsCommand).run([backup])).rejects.toThrow(/already exists/);
  });

  it('restores the same streams, revisions, data and order into an empty store, and only into an empty one', async () => {
    const restored = await cliContext(restoredDir.path);
    try {
      await restored.command(ImportEventsCommand).run([backup]);
      expect(restored.printed).toEqual([`Imported 1200 events from ${backup}`, 'Rebuilt every projection from the imported events']);
      const [before, after] = [await source.storedEvents().readAll(), await restored.storedEvents().readAll()];
      expect(after.map(asStored)).toEqual(before.map(asStored));

      const again = files.file('again.ndjson');
      await restored.command(ExportEventsCommand).run([again]);
      expect(readFileSync(again, 'utf8')).toEqual(readFileSync(backup, 'utf8'));

      await expect(restored.command(ImportEventsCommand).run([backup])).rejects.toThrow(/not empty/);
      expect(await restored.storedEvents().readAll()).toHaveLength(1200);
    } finally {
      await restored.close();
    }
  });

  describe('refusing a bad file, writing nothing', () => {
    let empty: CliContext;
    beforeAll(async () => {
      empty = await cliContext(emptyDir.path);
    });
    afterAll(() => empty.close());

    it('refuses a file with a malformed line, naming it', async () => {
      const broken = files.file('broken.ndjson');
      const lines = [...exported];
      lines[906] = lines[906].slice(0, 40);
      writeFileSync(broken, `${lines.join('\n')}\n`);
      await expect(empty.command(ImportEventsCommand).run([broken])).rejects.toThrow(/^Line 907: not valid JSON/);
      expect(await empty.storedEvents().readAll()).toEqual([]);
    });

    const refusal = async (name: string, lines: string[]) => {
      const file = files.file(name);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const error = await empty.command(ImportEventsCommand).run([file]).then(() => undefined, (caught: Error) => caught.message);
      expect(await empty.storedEvents().readAll()).toEqual([]);
      return error;
    };

    it('refuses a file cut off at a line boundary, which would otherwise restore part of the register as all of it', async () => {
      expect(await refusal('cut.ndjson', exported.slice(0, 700))).toBe('Line 701: the file ends without the closing line `events export` writes last: it is incomplete');
    });

    it('refuses an event edited into another valid line, by the checksum', async () => {
      const lines = [...exported];
      lines[300] = lines[300].replace('Camp Taji', 'Camp Tajj');
      expect(await refusal('edited.ndjson', lines)).toMatch(/^Line 1201: the 1200 event lines before the closing line are not the ones that were exported/);
    });

    it('refuses a closing line that counts other events than the file holds, and lines after it', async () => {
      const [closing] = exported.slice(-1);
      expect(await refusal('short.ndjson', [...exported.slice(0, 5), closing])).toBe('Line 6: the closing line counts 1200 events, the file holds 5: the file is damaged');
      expect(await refusal('trailing.ndjson', [...exported, exported[0]])).toBe('Line 1202: comes after the closing line (line 1201)');
    });

    it('refuses a file that skips a revision, naming the line after the gap', async () => {
      const gapped = files.file('gapped.ndjson');
      const lines = exported.filter((_, index) => index !== 400);
      const streamId = JSON.parse(exported[400]).streamId;
      const after = lines.findIndex((line, index) => index >= 400 && JSON.parse(line).streamId === streamId);
      writeFileSync(gapped, `${lines.join('\n')}\n`);
      await expect(empty.command(ImportEventsCommand).run([gapped])).rejects.toThrow(new RegExp(`^Line ${after + 1}: ${streamId} revision`));
      expect(await empty.storedEvents().readAll()).toEqual([]);
    });
  });

  it('answers a malformed import from the command line with the line number and a failing exit code', () => {
    const broken = files.file('cli-broken.ndjson');
    writeFileSync(broken, `${exported[0]}\n{"streamId": "patrol-0"}\n`);
    const result = spawnSync(process.execPath, [CLI, 'events', 'import', broken], {
      env: { ...process.env, DATA_DIR: files.file('cli-data') },
      encoding: 'utf8',
    });
    expect(result.stderr).toMatch(/Line 2: missing revision, position, id, type, data, metadata/);
    expect(result.status).toBe(1);
  });
});
