/**
 * @jest-environment jsdom
 */
type Handler = (event: { completed: () => void }) => Promise<void>;

describe('the function file (commands.html)', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('associates every ribbon command as soon as it loads, before Office.onReady resolves; an early click waits for Office', async () => {
    let ready: (info: unknown) => void = () => undefined;
    const associated = new Map<string, Handler>();
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      actions: { associate: (name: string, handler: Handler) => associated.set(name, handler) },
    };
    jest.isolateModules(() => {
      // The page's module runs its top level on load: load a fresh copy once Office is faked.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('@/commands/commands');
    });
    expect([...associated.keys()]).toEqual(['insertTemplate', 'validateSheet', 'requestImport', 'refreshFromStore']);

    let completed = 0;
    const click = associated.get('insertTemplate')?.({ completed: () => (completed += 1) });
    const settled = click?.catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(completed).toBe(0);
    // Office is ready (outside Excel here: the command fails, says so without a dialog API, and completes).
    ready({ host: null, platform: null });
    expect(await settled).toMatchObject({ code: 'not_in_excel' });
    expect(completed).toBe(1);
  });
});
