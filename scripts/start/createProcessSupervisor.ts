import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';

export type ExitInfo = { name: string; code: number | null; signal: NodeJS.Signals | null };

export type StartOptions = { cwd: string; env: NodeJS.ProcessEnv };

export type ProcessSupervisor = {
  /** Starts `command args…` in its own process group, its output prefixed with `[name]`. */
  start: (name: string, command: string, args: string[], options: StartOptions) => ChildProcess;
  /** Resolves with the first process that exits on its own (not stopped by `stopAll`). */
  firstUnexpectedExit: Promise<ExitInfo>;
  /** Stops every running process (its whole group): SIGTERM, then SIGKILL after `graceMs`. */
  stopAll: (graceMs?: number) => Promise<void>;
  /** Synchronous last resort for process 'exit': SIGKILL to every group still running. */
  killAllNow: () => void;
  running: () => string[];
};

type Entry = { name: string; child: ChildProcess; exited: Promise<void>; done: boolean };

function signalTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') {
      spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    } else {
      process.kill(-child.pid, signal);
    }
  } catch {
    // already gone
  }
}

function prefixLines(name: string, target: Writable): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') target.write(`[${name}] ${line}\n`);
  };
}

/** Starts and stops the processes of `npm start`; none of them outlives the supervisor. */
export function createProcessSupervisor(out: Writable = process.stdout, err: Writable = process.stderr): ProcessSupervisor {
  const entries: Entry[] = [];
  let stopping = false;
  let reportExit: (info: ExitInfo) => void = () => undefined;
  const firstUnexpectedExit = new Promise<ExitInfo>((resolve) => (reportExit = resolve));

  const start: ProcessSupervisor['start'] = (name, command, args, options) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    child.stdout?.setEncoding('utf8').on('data', prefixLines(name, out));
    child.stderr?.setEncoding('utf8').on('data', prefixLines(name, err));
    const entry: Entry = { name, child, done: false, exited: Promise.resolve() };
    entry.exited = new Promise((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        if (entry.done) return;
        entry.done = true;
        // The group may hold grandchildren (e.g. a shell's children): make sure they go too.
        signalTree(child, 'SIGKILL');
        if (!stopping) reportExit({ name, code, signal });
        resolve();
      };
      child.on('exit', finish);
      child.on('error', () => finish(null, null));
    });
    entries.push(entry);
    return child;
  };

  const stopAll: ProcessSupervisor['stopAll'] = async (graceMs = 5000) => {
    stopping = true;
    const live = entries.filter((entry) => !entry.done);
    for (const entry of live) signalTree(entry.child, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.all(live.map((entry) => entry.exited)), grace]);
    clearTimeout(timer);
    for (const entry of live) if (!entry.done) signalTree(entry.child, 'SIGKILL');
    await Promise.all(live.map((entry) => entry.exited));
  };

  const killAllNow = () => {
    stopping = true;
    for (const entry of entries) if (!entry.done) signalTree(entry.child, 'SIGKILL');
  };

  return {
    start,
    firstUnexpectedExit,
    stopAll,
    killAllNow,
    running: () => entries.filter((entry) => !entry.done).map((entry) => entry.name),
  };
}
