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
      expect(await refusal('cut.ndjson', exported.slice(0, 700))).toBe(
        'Line 701: the file ends without the closing line `events export` writes last: it is incomplete ' +
          '(a backup exported before closing lines existed imports with --without-closing-line)',
      );
    });

    it('takes a backup exported before backups had a closing line only when told to, and says it is unchecked', async () => {
      const old = files.file('before-closing-lines.ndjson');
      writeFileSync(old, `${exported.slice(0, 1200).join('\n')}\n`);
      const target = await cliContext(files.file('old-backup-store'));
      try {
        await target.command(ImportEventsCommand).run([old], { withoutClosingLine: true });
        expect(target.printed[0]).toBe(`Imported 1200 events from ${old} (without a closing line: not checked to be whole)`);
        expect(await target.storedEvents().readAll()).toHaveLength(1200);
      } finally {
        await target.close();
      }
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

  it('stopped by a full disk, says how far it got and writes no part of an event; --resume imports the rest, once', async () => {
    const dataDir = files.file('full-disk');
    // RLIMIT_FSIZE caps every file the CLI writes, root included: writes fail with EFBIG as they would with ENOSPC.
    // sh (dash) counts `ulimit -f` in 512-byte blocks: '256' is 128 KiB per file.
    const cli = (args: string[], limit = 'unlimited') =>
      spawnSync('sh', ['-c', `ulimit -f ${limit} && exec "$@"`, 'cli', process.execPath, CLI, 'events', 'import', ...args], {
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
      });
    const stopped = cli([backup], '256');
    expect(stopped.status).toBe(1);
    const [, imported] = /^Imported (\d+) of 1200 events, then: .+; once that is fixed, `events import --resume .+` imports the rest\.$/m.exec(stopped.stderr) ?? [];
    expect(Number(imported)).toBeGreaterThan(0);
    expect(Number(imported)).toBeLessThan(1200);

    expect(cli([backup]).stderr).toMatch(/not empty.*Nothing was imported/);
    const resumed = cli(['--resume', backup]);
    expect([resumed.status, resumed.stdout]).toEqual([0, `Imported ${1200 - Number(imported)} events from ${backup}\nRebuilt every projection from the imported events\n`]);
    const restored = await cliContext(dataDir);
    try {
      expect((await restored.storedEvents().readAll()).map(asStored)).toEqual((await source.storedEvents().readAll()).map(asStored));
      await restored.command(ImportEventsCommand).run([backup], { resume: true });
      expect(restored.printed[0]).toBe(`Imported 0 events from ${backup}`);
    } finally {
      await restored.close();
    }
  });

  it('resumes only into a store that holds the first events of that very backup', async () => {
    const other = await cliContext(files.file('other-store'));
    try {
      const [event] = (await source.storedEvents().readAll({ maxCount: 1 })).map(asStored);
      await other.storedEvents().appendToStream(event.streamId, [newEvent({ stream: 0 }, 'Patrolled0')], { expectedRevision: 'no_stream' });
      await expect(other.command(ImportEventsCommand).run([backup], { resume: true })).rejects.toThrow(
        /^The store's event 1 \(.+\) is not line 1 of the backup: the store does not hold a part of this backup to resume\. Nothing was imported\.$/,
      );
      expect(await other.storedEvents().readAll()).toHaveLength(1);
    } finally {
      await other.close();
    }
    const ahead = await cliContext(files.file('ahead-store'));
    try {
      await ahead.command(ImportEventsCommand).run([backup]);
      await ahead.storedEvents().appendToStream('patrol-0', [newEvent({ after: 'the backup' }, 'Patrolled0')], { expectedRevision: 'any' });
      await expect(ahead.command(ImportEventsCommand).run([backup], { resume: true })).rejects.toThrow(
        'The store holds more events than the backup (1200): it does not hold a part of this backup to resume. Nothing was imported.',
      );
      expect(await ahead.storedEvents().readAll()).toHaveLength(1201);
    } finally {
      await ahead.close();
    }
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
