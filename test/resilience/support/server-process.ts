import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The built server; test/global-setup.js compiles it once per run. */
export const SERVER_MAIN = join(__dirname, '../../../dist/apps/api/src/main.js');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real server (dist/, built by test/global-setup.js) as a child process on loopback. */
export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Every line it has written to stdout and stderr so far. */
  output(): string[];
  exited: Promise<Exit>;
  /** Sends the signal and resolves when the process has exited. */
  stop(signal: NodeJS.Signals): Promise<Exit>;
}

export interface ServerOptions {
  env?: Record<string, string>;
  /** Run as this user and group (tests run as root, which no file permission stops). */
  uid?: number;
  gid?: number;
  /** Wraps the command, e.g. ['prlimit', '--fsize=N', '--'] to limit the size of every file it writes. */
  wrapper?: string[];
}

/** Starts `node dist/apps/api/src/main.js` on DATA_DIR and a free loopback port; resolves once it listens. */
export function startServer(dataDir: string, options: ServerOptions = {}): Promise<ServerProcess> {
  const command = [...(options.wrapper ?? []), process.execPath, SERVER_MAIN];
  const child = spawn(command[0], command.slice(1), {
    env: { PATH: process.env.PATH ?? '', ...options.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  const lines: string[] = [];
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    collectLines(child, lines, (line) => {
      const port = listeningPort(line);
      if (port !== undefined) resolve(serverProcess(child, `http://127.0.0.1:${port}`, lines, exited));
    });
    void exited.then((exit) => reject(new Error(`The server exited before listening (${exit.code ?? exit.signal}):\n${lines.join('\n')}`)));
  });
}

function serverProcess(child: ChildProcess, baseUrl: string, lines: string[], exited: Promise<Exit>): ServerProcess {
  return {
    baseUrl,
    pid: child.pid!,
    output: () => [...lines],
    exited,
    stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function collectLines(child: ChildProcess, lines: string[], onLine: (line: string) => void): void {
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        onLine(line);
      }
    });
  }
}

/** main.ts logs `{"message":{"message":"listening","port":N}}` once the port is bound. */
function listeningPort(line: string): number | undefined {
  try {
    const message = (JSON.parse(line) as { message?: { message?: string; port?: number } }).message;
    return message?.message === 'listening' ? message.port : undefined;
  } catch {
    return undefined;
  }
}
