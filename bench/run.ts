import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult, BenchSection } from './bench-section';
import { describeMachine } from './machine';
import { rawBatchedSection } from './raw-sqlite.bench';
import { httpCommandsSection, registerPageSection } from './http.bench';
import { replaySection } from './replay.bench';
import { reportingSection } from './reporting.bench';
import { soakSection } from './soak.bench';
import { durableAppendsSection } from './store.bench';

/** Sections run in this order, each on files of its own; add new ones here. */
const SECTIONS: BenchSection[] = [
  durableAppendsSection,
  rawBatchedSection,
  replaySection,
  httpCommandsSection,
  registerPageSection,
  reportingSection,
  soakSection,
];

const format = (value: number) => Math.round(value).toLocaleString('en-US');

function printRatios(results: Map<string, BenchResult>): void {
  const raw = results.get('raw.per-event')?.value;
  for (const key of ['store.append.1', 'store.append.16']) {
    const store = results.get(key)?.value;
    if (raw && store) console.log(`  ${key} / raw one transaction per event: ${(store / raw).toFixed(1)}x`);
  }
}

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  // BENCH_DIR puts the files on the disk to measure; the default temp dir may be a RAM disk elsewhere.
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'register-bench-'));
  const results = new Map<string, BenchResult>();
  console.log(`register bench, ${new Date().toISOString()}, scale ${scale}`);
  console.log(describeMachine());
  try {
    for (const section of SECTIONS) {
      console.log(`\n${section.name}`);
      await section.run({
        dir,
        scale,
        record(result) {
          results.set(result.key, result);
          console.log(`  ${result.label}: ${format(result.value)} ${result.unit}${result.note ? ` (${result.note})` : ''}`);
        },
      });
    }
    console.log('\nratios');
    printRatios(results);
    const memory = process.memoryUsage();
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    console.log(`\nmemory: rss ${mib(memory.rss)}, peak rss ${mib(process.resourceUsage().maxRSS * 1024)}, heap used ${mib(memory.heapUsed)} of ${mib(memory.heapTotal)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
