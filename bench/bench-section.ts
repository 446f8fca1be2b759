/** One figure a section measured. `key` lets run.ts relate figures of different sections (ratios). */
export interface BenchResult {
  key: string;
  label: string;
  value: number;
  unit: string;
  note?: string;
}

export interface BenchContext {
  /** A scratch directory for this run's files. */
  dir: string;
  /** Multiplies every event count (BENCH_SCALE): 1 gives figures in about a minute. */
  scale: number;
  record(result: BenchResult): void;
}

/** A part of `npm run bench`; add one by listing it in run.ts. */
export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<void>;
}

export function perSecond(count: number, startedAt: bigint): number {
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return count / seconds;
}

/** Wall-clock and CPU-time rates from one start: on a shared machine CPU time shows what a free core would do. */
export function stopwatch(): { perSecond(count: number): number; perCpuSecond(count: number): number } {
  const startedAt = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  return {
    perSecond: (count) => perSecond(count, startedAt),
    perCpuSecond(count) {
      const { user, system } = process.cpuUsage(cpuAtStart);
      return count / ((user + system) / 1e6);
    },
  };
}
