import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { createProcessSupervisor } from '../../scripts/start/createProcessSupervisor';

const node = process.execPath;
const cwd = process.cwd();
const env = process.env;

/** Alive = signalable and not a zombie (in a container, nobody may reap orphans). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !(existsSync(stat) && readFileSync(stat, 'utf8').split(') ')[1]?.startsWith('Z'));
}

async function untilDead(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
}

function capture(stream: PassThrough): () => string {
  let text = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  return () => text;
}

function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    stream.on('data', (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end));
    });
  });
}

describe('createProcessSupervisor', () => {
  it('reports the first process that exits on its own, then stops the others with their children', async () => {
    const out = new PassThrough();
    const supervisor = createProcessSupervisor(out, new PassThrough());
    // A parent that starts a grandchild (same process group) and prints the grandchild's pid.
    const parent = supervisor.start(
      'parent',
      node,
      [
        '-e',
        "const c=require('child_process').spawn(process.execPath,['-e','setInterval(()=>{},1000)'],{stdio:'ignore'});console.log(c.pid);setInterval(()=>{},1000)",
      ],
      { cwd, env },
    );
    const grandchildPid = Number(await firstLine(parent.stdout as NodeJS.ReadableStream));
    expect(isAlive(grandchildPid)).toBe(true);

    supervisor.start('crasher', node, ['-e', 'process.exit(3)'], { cwd, env });
    await expect(supervisor.firstUnexpectedExit).resolves.toEqual({ name: 'crasher', code: 3, signal: null });
    expect(supervisor.running()).toEqual(['parent']);

    await supervisor.stopAll();
    expect(supervisor.running()).toEqual([]);
    await untilDead(parent.pid as number);
    await untilDead(grandchildPid);
  });

  it('prefixes every output line with the process name', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const stdout = capture(out);
    const stderr = capture(err);
    const supervisor = createProcessSupervisor(out, err);
    supervisor.start('store', node, ['-e', "console.log('un\\ndeux');console.error('trois')"], { cwd, env });
    await supervisor.firstUnexpectedExit;
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout()).toBe('[store] un\n[store] deux\n');
    expect(stderr()).toBe('[store] trois\n');
  });

  it('does not report processes it stopped itself, and kills one that ignores SIGTERM', async () => {
    const supervisor = createProcessSupervisor(new PassThrough(), new PassThrough());
    const stubborn = supervisor.start(
      'stubborn',
      node,
      ['-e', "process.on('SIGTERM',()=>{});console.log('ready');setInterval(()=>{},1000)"],
      { cwd, env },
    );
    await firstLine(stubborn.stdout as NodeJS.ReadableStream);
    let reported = false;
    void supervisor.firstUnexpectedExit.then(() => (reported = true));
    await supervisor.stopAll(200);
    await untilDead(stubborn.pid as number);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reported).toBe(false);
  });
});
