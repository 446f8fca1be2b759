import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** What the figures were measured on, printed with them. */
export function describeMachine(): string {
  const model = cpus()[0]?.model ?? readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'unknown CPU';
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  return `${availableParallelism()} CPUs (${model}), ${memory} memory, node ${process.version}, load average ${load}`;
}
