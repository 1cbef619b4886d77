/**
 * `tandem serve` as a child process on a free loopback port: for multi-instance, shutdown and crash tests. Its
 * JSON log lines are kept so a test can count what each instance did.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../../bin/tandem.js');

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** Parsed JSON log lines (stdout) so far. */
  logs: Record<string, unknown>[];
  stderr: () => string;
  /** Sends `signal` and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** Starts `tandem serve` and resolves once /api/ready answers 200 (or rejects with its stderr). */
export async function startServeProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<ServeProcess> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit');
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill(signal);
    const [code] = await exited;
    return code as number | null;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tandem serve exited ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${url}/api/ready`).catch(() => null);
    if (ready?.status === 200) return { child, url, logs, stderr: () => stderr, stop };
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`tandem serve did not get ready in ${timeoutMs} ms: ${stderr}`);
}

/** Waits until `check` holds, polling; throws `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
