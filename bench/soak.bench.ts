import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BenchContext, BenchSection } from './bench-section';
import { percentile } from './http-load';

/** The built server and CLI, next to this file's compiled copy in dist/. */
const SERVER = join(__dirname, '../apps/api/src/main.js');
const CLI = join(__dirname, '../apps/cli/src/main.js');
const PASSWORD = 'soak password, long enough';
/** Requests still unanswered beyond this are not sent: the rate is not met, and that is reported, not hidden. */
const MAX_IN_FLIGHT = 512;

export interface SoakOptions {
  /** A directory for the server's data. */
  dir: string;
  seconds: number;
  ratePerSecond: number;
  /** The share of requests that write (the rest read). */
  writeShare: number;
  /**
   * Load before the measured run, at the same rate: V8 grows its heap and SQLite fills its page caches for the
   * first seconds of any load, which is no leak; memory at the start is read after it.
   */
  warmUpSeconds: number;
}

export interface SoakResult {
  sent: number;
  skipped: number;
  errors: number;
  /** Latency from each request's scheduled start (so a stalled server cannot hide queued requests), in ms. */
  p50: number;
  p99: number;
  max: number;
  achievedPerSecond: number;
  /** The server's resident set and used heap at the start (after warm-up) and at the end, in bytes. */
  rssStart: number;
  rssEnd: number;
  heapUsedStart: number;
  heapUsedEnd: number;
  /** The resident set every SAMPLE_MS during the run: a plateau or a slope. */
  rssSamples: number[];
  /** The server's event-loop delay (p99 and max, ms) in each SAMPLE_MS interval: how long it could not answer anyone. */
  loopDelaySamples: Array<{ p99: number; max: number }>;
}

const SAMPLE_MS = 10_000;

type Request = { method: 'GET' | 'POST'; path: string; body?: unknown };

/** Minutes between the occurrences of consecutive soak reports: 20,000 of them span 2024, as a register's year would. */
const OCCURRENCE_SPACING_MINUTES = 26;

/**
 * Writes are incident reports, every fifth a use of force with casualties observed (so CIVCAS reviews open too),
 * occurring through 2024 rather than all in one week: an overview lists each use of force of its week, and weeks
 * holding thousands of them (which no deployment sees) made the soak measure that list rather than the service.
 */
function write(sequence: number): Request {
  const occurredAt = new Date(Date.UTC(2024, 0, 1) + (sequence % 20_000) * OCCURRENCE_SPACING_MINUTES * 60_000).toISOString();
  const useOfForce = sequence % 5 === 0;
  return {
    method: 'POST',
    path: '/api/incidents',
    body: {
      id: randomUUID(), category: useOfForce ? 'USE_OF_FORCE' : 'INDIRECT_FIRE', mission: 'NMI', occurredAt, location: { name: 'Camp Union III' },
      summary: `Soak report ${sequence}`, severity: 1 + (sequence % 5),
      details: useOfForce
        ? { basis: 'SELF_DEFENCE', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: true, publicSummary: 'Warning shots at a vehicle' }
        : { munition: 'ROCKET', rounds: 2, intercepted: 1 },
    },
  };
}

/** Reads are what the pages ask for: the register, one incident, the CIVCAS queue, the heatmap, a weekly overview of 2024. */
function read(sequence: number, lastIncident: string | undefined): Request {
  const week = `2024-W${String(1 + (sequence % 52)).padStart(2, '0')}`;
  const paths = ['/api/incidents?pageSize=50', `/api/incidents/${lastIncident ?? randomUUID()}`, '/api/casualty-reviews?pageSize=50', '/api/risks/heatmap', `/api/overviews/weekly/${week}`];
  return { method: 'GET', path: paths[sequence % paths.length] };
}

function addAccount(dataDir: string, username: string, role: string): void {
  const run = spawnSync(process.execPath, [CLI, 'users', 'add', username, '--role', role, '--password-stdin'], { env: { ...process.env, DATA_DIR: dataDir }, input: PASSWORD, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`users add ${username} failed: ${run.stderr}`);
}

/** Starts the real server on loopback and resolves with its URL once it logs the port it bound. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const port = /"message":"listening"[^}]*"port":(\d+)/.exec(buffered)?.[1];
      if (port) resolve({ child, baseUrl: `http://127.0.0.1:${port}` });
      // Keep only the tail: the request log would otherwise grow for the whole soak.
      buffered = buffered.slice(-4096);
    });
    child.on('exit', (code) => reject(new Error(`The server exited (${code}) before listening`)));
  });
}

/** A signed-in account whose token is renewed a minute before it expires, so a soak may outlast one token. */
class Session {
  private current = '';
  private renewal?: NodeJS.Timeout;

  private constructor(
    private readonly baseUrl: string,
    private readonly username: string,
  ) {}

  static async open(baseUrl: string, username: string): Promise<Session> {
    const session = new Session(baseUrl, username);
    await session.signIn();
    return session;
  }

  get token(): string {
    return this.current;
  }

  close(): void {
    clearTimeout(this.renewal);
  }

  private async signIn(): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: this.username, password: PASSWORD }),
    });
    const { accessToken, expiresIn } = (await response.json()) as { accessToken: string; expiresIn: number };
    this.current = accessToken;
    this.renewal = setTimeout(() => void this.signIn(), Math.max(1, expiresIn - 60) * 1000);
  }
}

interface ServerMetrics {
  memoryBytes: { rss: number; heapUsed: number };
  /** Since the previous metrics request. */
  eventLoopDelayMs: { p99: number; max: number };
}

/** The server's own figures; a query may be answered 503 while the read models catch up, so it asks again. */
async function serverMetrics(baseUrl: string, admin: Session): Promise<ServerMetrics> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${admin.token}` } });
    if (response.ok) return (await response.json()) as ServerMetrics;
    if (attempt >= 30) throw new Error(`GET /api/metrics answered ${response.status}: ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Sends requests at a fixed rate whatever the answers take (open loop), for `seconds`. */
async function fixedRate(baseUrl: string, session: Session, options: SoakOptions) {
  const latencies: number[] = [];
  const total = Math.round(options.seconds * options.ratePerSecond);
  const interval = 1000 / options.ratePerSecond;
  const startedAt = performance.now();
  let [inFlight, skipped, errors, lastIncident] = [0, 0, 0, undefined as string | undefined];
  const pending: Array<Promise<void>> = [];
  for (let sequence = 0; sequence < total; sequence++) {
    const scheduled = startedAt + sequence * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight >= MAX_IN_FLIGHT) {
      skipped++;
      continue;
    }
    const request = sequence % Math.round(1 / options.writeShare) === 0 ? write(sequence) : read(sequence, lastIncident);
    inFlight++;
    pending.push(
      fetch(`${baseUrl}${request.path}`, {
        method: request.method,
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      })
        .then(async (response) => {
          const text = await response.text();
          if (response.status >= 400 && !(response.status === 404 && request.method === 'GET')) errors++;
          if (response.status === 201) lastIncident = (JSON.parse(text) as { id: string }).id;
        })
        .catch(() => void errors++)
        .finally(() => {
          inFlight--;
          latencies.push(performance.now() - scheduled);
        }),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return { latencies, sent: total - skipped, skipped, errors, achievedPerSecond: (total - skipped) / seconds };
}

/** The soak itself: the real server as a child process, a warm-up, then the measured run. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  addAccount(options.dir, 'soak-operations', 'operations');
  addAccount(options.dir, 'soak-admin', 'admin');
  const { child, baseUrl } = await startServer(options.dir);
  const sessions: Session[] = [];
  try {
    const [operations, admin] = [await Session.open(baseUrl, 'soak-operations'), await Session.open(baseUrl, 'soak-admin')];
    sessions.push(operations, admin);
    await fixedRate(baseUrl, operations, { ...options, seconds: options.warmUpSeconds });
    const start = (await serverMetrics(baseUrl, admin)).memoryBytes;
    const samples: ServerMetrics[] = [];
    const sampler = setInterval(() => void serverMetrics(baseUrl, admin).then((sample) => samples.push(sample), () => undefined), SAMPLE_MS);
    const run = await fixedRate(baseUrl, operations, options).finally(() => clearInterval(sampler));
    const last = await serverMetrics(baseUrl, admin);
    const { latencies } = run;
    return {
      ...run, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies[latencies.length - 1],
      rssStart: start.rss, rssEnd: last.memoryBytes.rss, heapUsedStart: start.heapUsed, heapUsedEnd: last.memoryBytes.heapUsed,
      rssSamples: samples.map((sample) => sample.memoryBytes.rss),
      loopDelaySamples: [...samples, last].map((sample) => sample.eventLoopDelayMs),
    };
  } finally {
    sessions.forEach((session) => session.close());
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const mib = (bytes: number) => bytes / 2 ** 20;

/** `npm run bench` section: SOAK_SECONDS (60) at SOAK_RATE requests/s (200), 20% writes, after SOAK_WARMUP_SECONDS (20). */
export const soakSection: BenchSection = {
  name: 'soak: fixed-rate mixed load (80% reads, 20% writes) on the real server over loopback',
  async run({ dir, record }: BenchContext): Promise<void> {
    const options = { dir: join(dir, 'soak'), seconds: Number(process.env.SOAK_SECONDS ?? 60), ratePerSecond: Number(process.env.SOAK_RATE ?? 200), writeShare: 0.2, warmUpSeconds: Number(process.env.SOAK_WARMUP_SECONDS ?? 20) };
    const result = await runSoak(options);
    const note = `${result.sent} requests in ${options.seconds} s, ${result.errors} errors, ${result.skipped} not sent (over ${MAX_IN_FLIGHT} in flight)`;
    record({ key: 'soak.rate', label: `achieved rate (target ${options.ratePerSecond}/s)`, value: result.achievedPerSecond, unit: 'requests/s', note });
    for (const [key, value] of [['p50', result.p50], ['p99', result.p99], ['max', result.max]] as const) {
      record({ key: `soak.${key}`, label: `latency ${key}`, value, unit: 'ms' });
    }
    record({ key: 'soak.rss.start', label: `server rss after ${options.warmUpSeconds} s of warm-up`, value: mib(result.rssStart), unit: 'MiB' });
    const samples = result.rssSamples.map((rss) => mib(rss).toFixed(0)).join(', ');
    record({ key: 'soak.rss.end', label: 'server rss at the end', value: mib(result.rssEnd), unit: 'MiB', note: `every ${SAMPLE_MS / 1000} s: ${samples}` });
    const delays = result.loopDelaySamples.map(({ p99, max }) => `${p99}/${max}`).join(', ');
    const worst = Math.max(...result.loopDelaySamples.map(({ max }) => max));
    record({ key: 'soak.loop-delay', label: 'server event-loop delay, worst', value: worst, unit: 'ms', note: `p99/max per ${SAMPLE_MS / 1000} s: ${delays}` });
    // V8 lets the heap grow until a major collection: rss rising while used heap does not is no leak.
    record({ key: 'soak.heap', label: 'server heap used, start → end', value: mib(result.heapUsedEnd), unit: 'MiB', note: `from ${mib(result.heapUsedStart).toFixed(0)} MiB` });
    const growth = (100 * (result.rssEnd - result.rssStart)) / result.rssStart;
    record({ key: 'soak.rss.growth', label: 'rss growth over the soak', value: growth, unit: '%', note: growth <= 10 ? 'within 10%' : 'OVER the 10% budget' });
  },
};
