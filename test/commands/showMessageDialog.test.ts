import { createRibbonCommands } from '@/commands/ribbonCommands';
import { messageDialogUrl } from '@/dialog/messageDialogUrl';
import { ExcelOperationError } from '@/excel/ExcelOperationError';
import { messageDialogCloseMessage, requestMessageDialogClose, showMessageDialog } from '@/excel/showMessageDialog';

type Handler = (args: unknown) => void;

/** A fake Office with the Dialog API: records the dialogs opened, lets the test answer or close them. */
function installFakeOffice(options: { dialogApi?: boolean; openFails?: boolean } = {}) {
  const opened: Array<{ url: string; options: unknown; handlers: Map<string, Handler>; closed: number }> = [];
  const sent: string[] = [];
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => (options.dialogApi ?? true) && name === 'DialogApi' && version === '1.1',
      },
      ui: {
        displayDialogAsync: (url: string, dialogOptions: unknown, callback: (result: unknown) => void) => {
          if (options.openFails) {
            callback({ status: 'failed', error: { code: 12007 } });
            return;
          }
          const record = { url, options: dialogOptions, handlers: new Map<string, Handler>(), closed: 0 };
          opened.push(record);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: Handler) => record.handlers.set(type, handler),
              close: () => (record.closed += 1),
            },
          });
        },
        messageParent: (message: string) => sent.push(message),
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return { opened, sent };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('showMessageDialog', () => {
  const url = 'https://localhost:3000/dialog.html?lang=fr&kind=info&title=T&lines=L';

  it('opens the page in an iframe dialog of 35 × 30 %', async () => {
    const office = installFakeOffice();
    void showMessageDialog(url);
    expect(office.opened).toEqual([expect.objectContaining({ url, options: { height: 30, width: 35, displayInIframe: true } })]);
  });

  it('resolves once the page sends its message, after closing the dialog', async () => {
    const office = installFakeOffice();
    let done = false;
    const shown = showMessageDialog(url).then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    office.opened[0]?.handlers.get('dialogMessageReceived')?.({ message: messageDialogCloseMessage, origin: 'https://localhost:3000' });
    await shown;
    expect(office.opened[0]?.closed).toBe(1);
  });

  it('resolves when the user closes the dialog with its own close box (no close call needed)', async () => {
    const office = installFakeOffice();
    let done = false;
    const shown = showMessageDialog(url).then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    office.opened[0]?.handlers.get('dialogEventReceived')?.({ error: 12006 });
    await shown;
    expect(office.opened[0]?.closed).toBe(0);
  });

  it('resolves at once when Office cannot open the dialog', async () => {
    const office = installFakeOffice({ openFails: true });
    await showMessageDialog(url);
    expect(office.opened).toEqual([]);
  });

  it('resolves at once without DialogApi 1.1, and outside Office', async () => {
    const office = installFakeOffice({ dialogApi: false });
    await showMessageDialog(url);
    expect(office.opened).toEqual([]);
    delete (globalThis as { Office?: unknown }).Office;
    await expect(showMessageDialog(url)).resolves.toBeUndefined();
  });
});

describe('requestMessageDialogClose', () => {
  it('sends "close" to the opener', () => {
    const office = installFakeOffice();
    requestMessageDialogClose();
    expect(office.sent).toEqual(['close']);
  });

  it('does nothing outside Office', () => {
    expect(() => requestMessageDialogClose()).not.toThrow();
  });
});

describe('ribbon commands with the Office dialog', () => {
  const failing = {
    insertTemplateSheet: () => Promise.reject(new ExcelOperationError('access_denied')),
    refreshSheetFromStore: () => Promise.reject(new Error('not refreshed here')),
    validateActiveSheet: () => Promise.reject(new ExcelOperationError('busy')),
  };
  const commandsWith = () =>
    createRibbonCommands({
      excel: failing,
      language: () => 'fr',
      homeCountry: async () => 'CH',
      showDialog: (content) => showMessageDialog(messageDialogUrl('https://localhost:3000/commands.html?_host_Info=Excel', content)),
    });

  it("complete once the dialog is open, with the message in the dialog's address, and close it when its page asks", async () => {
    const office = installFakeOffice();
    let completed = 0;
    const running = commandsWith()
      .validateSheet({ completed: () => (completed += 1) })
      .catch(() => undefined);
    while (office.opened.length === 0) await flush();
    await flush();
    expect(completed).toBe(1);
    const address = new URL(office.opened[0]?.url ?? '');
    expect(`${address.origin}${address.pathname}`).toBe('https://localhost:3000/dialog.html');
    expect(address.searchParams.get('kind')).toBe('error');
    expect(address.searchParams.get('lines')).toBe("La validation n'a pas abouti. Excel est occupé. Réessayez dans un instant.");
    office.opened[0]?.handlers.get('dialogMessageReceived')?.({ message: 'close', origin: address.origin });
    await running;
    expect(office.opened[0]?.closed).toBe(1);
    expect(completed).toBe(1);
  });

  it('complete at once when the dialog cannot open', async () => {
    installFakeOffice({ openFails: true });
    let completed = 0;
    await expect(commandsWith().insertTemplate({ completed: () => (completed += 1) })).rejects.toMatchObject({ code: 'access_denied' });
    expect(completed).toBe(1);
  });

  it('complete at once where the Dialog API is missing', async () => {
    installFakeOffice({ dialogApi: false });
    let completed = 0;
    await expect(commandsWith().validateSheet({ completed: () => (completed += 1) })).rejects.toMatchObject({ code: 'busy' });
    expect(completed).toBe(1);
  });
});
