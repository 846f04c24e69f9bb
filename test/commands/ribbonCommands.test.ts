import { StoreClientError } from '@/api-client/StoreClientError';
import type { ClientLookup } from '@/contract/ClientLookup';
import { COLUMN_KEYS, formatSheetDay } from '@/domain';
import { paneMessages } from '@/taskpane/i18n/paneMessages';
import { clientRow, templateHeaders } from '../excel/support/clientsSheetHost';
import { acknowledgeLaunchRequest, LAUNCH_FRESH_MS, pendingLaunchRequest } from '@/taskpane/launch/launchChannel';
import { createRibbonCommands, type RibbonCommandDependencies } from '@/commands/ribbonCommands';
import type { MessageDialogContent } from '@/dialog/MessageDialogContent';
import { ExcelOperationError } from '@/excel/ExcelOperationError';
import { excelGateway } from '@/excel/excelGateway';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { createExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

/** A dialog opener that records what it shows; each dialog stays open until the test closes it. */
function createFakeDialogs() {
  const shown: MessageDialogContent[] = [];
  const pending: Array<() => void> = [];
  const showDialog = (content: MessageDialogContent) =>
    new Promise<void>((resolve) => {
      shown.push(content);
      pending.push(resolve);
    });
  return { shown, showDialog, closeAll: () => pending.splice(0).forEach((resolve) => resolve()) };
}

/** A dialog opener that shows nothing and resolves at once (as when the dialog cannot open). */
function createRecordingDialogs() {
  const shown: MessageDialogContent[] = [];
  return { shown, showDialog: async (content: MessageDialogContent) => void shown.push(content) };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

async function withWorkbook(excelApi: string, test: (host: ReturnType<typeof createExcelHost>) => Promise<void>): Promise<void> {
  const host = createExcelHost({ apiSets: { ExcelApi: excelApi } });
  host.workbook.addSheet('Feuil1');
  const uninstall = installExcelHost(host);
  try {
    await test(host);
  } finally {
    uninstall();
  }
}

const dependencies = (overrides: Partial<RibbonCommandDependencies>): RibbonCommandDependencies => ({
  excel: excelGateway,
  language: () => 'fr',
  homeCountry: async () => 'CH',
  showDialog: async () => undefined,
  ...overrides,
});

describe('ribbon commands', () => {
  it("call the pane's named operations on the real workbook, say what validation found, then tell Office they are done", async () => {
    await withWorkbook('1.18', async (host) => {
      const dialogs = createRecordingDialogs();
      const commands = createRibbonCommands(dependencies({ showDialog: dialogs.showDialog }));
      const completed: string[] = [];
      await commands.insertTemplate({ completed: () => completed.push('insert') });
      expect(host.workbook.activeSheetName).toBe('Clients');
      expect(dialogs.shown).toEqual([]);
      host.workbook.sheet('Clients').setValues([['', 'Mme', 'Favre', 'Sophie', '', '', 'pas-un-email']], 'A3');
      await commands.validateSheet({ completed: () => completed.push('validate') });
      expect(completed).toEqual(['insert', 'validate']);
      expect(host.workbook.sheet('Clients').cell('G3').fillColor).toBe('#FFC7CE');
      expect(host.workbook.sheet('Clients').note('G3')).not.toBeNull();
      expect(dialogs.shown).toEqual([
        {
          lang: 'fr',
          kind: 'info',
          title: 'Valider la feuille',
          lines: [
            'Feuille «\u00a0Clients\u00a0».',
            '1 ligne de données, dont 0 valide.', // row 3; the template's example row is not a client
            'La ligne 2 est la ligne d’exemple du modèle\u00a0: elle n’est pas importée.',
            '1 cellule marquée\u00a0: la raison est dans la note de chaque cellule.',
            'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
          ],
        },
      ]);
      // No cell value in the dialog.
      expect(JSON.stringify(dialogs.shown)).not.toMatch(/Favre|Sophie|pas-un-email/);
    });
  });

  it('says "Aucune anomalie" when every row is valid', async () => {
    await withWorkbook('1.18', async (host) => {
      const dialogs = createRecordingDialogs();
      const commands = createRibbonCommands(dependencies({ showDialog: dialogs.showDialog }));
      await commands.insertTemplate({ completed: () => undefined });
      host.workbook.sheet('Clients').setValues([['', 'Mme', 'Favre', 'Sophie', '', '', 'sophie.favre@example.ch']], 'A3');
      await commands.validateSheet({ completed: () => undefined });
      expect(dialogs.shown[0]).toEqual({
        lang: 'fr',
        kind: 'info',
        title: 'Valider la feuille',
        lines: [
          'Feuille «\u00a0Clients\u00a0».',
          '1 ligne de données, dont 1 valide.',
          'La ligne 2 est la ligne d’exemple du modèle\u00a0: elle n’est pas importée.',
          'Aucune anomalie.',
        ],
      });
    });
  });

  it('names the missing required columns by header, and the "Anomalies" column where notes are missing, in English', async () => {
    await withWorkbook('1.17', async (host) => {
      host.workbook.sheet('Feuil1').setValues(
        [
          ['Nom', 'Email'],
          ['Favre', 'favre@example.ch'],
          ['Muller', 'pas-un-email'],
        ],
        'A1',
      );
      const dialogs = createRecordingDialogs();
      const commands = createRibbonCommands(dependencies({ language: () => 'en', showDialog: dialogs.showDialog }));
      await commands.validateSheet({ completed: () => undefined });
      expect(dialogs.shown).toEqual([
        {
          lang: 'en',
          kind: 'error',
          title: 'Validate sheet',
          lines: [
            'Sheet “Feuil1”.',
            '2 data rows, 0 valid.',
            'Missing required columns: Prénom.',
            '1 cell marked: the reasons are in the “Anomalies” column.',
            'Open Suivi Clients (Import tab) for the detailed list.',
          ],
        },
      ]);
    });
  });

  it('shows an error dialog when the sheet has no header row', async () => {
    await withWorkbook('1.18', async (host) => {
      host.workbook.sheet('Feuil1').setValues(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        'A1',
      );
      const dialogs = createRecordingDialogs();
      const commands = createRibbonCommands(dependencies({ showDialog: dialogs.showDialog }));
      await commands.validateSheet({ completed: () => undefined });
      expect(dialogs.shown).toEqual([
        {
          lang: 'fr',
          kind: 'error',
          title: 'Valider la feuille',
          lines: [
            'Feuille «\u00a0Feuil1\u00a0».',
            "Aucune ligne d'en-têtes reconnue dans les 20 premières lignes\u00a0: insérez le modèle ou ajoutez les en-têtes, puis validez à nouveau.",
          ],
        },
      ]);
    });
  });

  it('shows the reason of a failure from the Excel error texts, tells Office it is done, then rethrows', async () => {
    const failing = {
      insertTemplateSheet: () => Promise.reject(new ExcelOperationError('access_denied')),
      refreshSheetFromStore: () => Promise.reject(new Error('not refreshed here')),
      validateActiveSheet: () => Promise.reject(new ExcelOperationError('busy')),
    };
    const dialogs = createRecordingDialogs();
    const commands = createRibbonCommands(dependencies({ excel: failing, homeCountry: async () => 'FR', showDialog: dialogs.showDialog }));
    let completed = 0;
    await expect(commands.insertTemplate({ completed: () => (completed += 1) })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(commands.validateSheet({ completed: () => (completed += 1) })).rejects.toMatchObject({ code: 'busy' });
    expect(completed).toBe(2);
    expect(dialogs.shown).toEqual([
      {
        lang: 'fr',
        kind: 'error',
        title: 'Insérer le modèle',
        lines: [`Le modèle n'a pas été inséré. ${formatOfficeError(new ExcelOperationError('access_denied'), 'fr')}`],
      },
      {
        lang: 'fr',
        kind: 'error',
        title: 'Valider la feuille',
        lines: [`La validation n'a pas abouti. ${formatOfficeError(new ExcelOperationError('busy'), 'fr')}`],
      },
    ]);
    expect(dialogs.shown[1]?.lines[0]).toBe("La validation n'a pas abouti. Excel est occupé. Réessayez dans un instant.");
  });

  it('gives the reason in English, and says "not in Excel" for an error that is not Office\'s', async () => {
    const failing = {
      insertTemplateSheet: () => Promise.reject(new ExcelOperationError('not_in_excel')),
      refreshSheetFromStore: () => Promise.reject(new Error('not refreshed here')),
      validateActiveSheet: () => Promise.reject(new TypeError('boom')),
    };
    const dialogs = createRecordingDialogs();
    const commands = createRibbonCommands(dependencies({ excel: failing, language: () => 'en', showDialog: dialogs.showDialog }));
    await expect(commands.insertTemplate({ completed: () => undefined })).rejects.toBeInstanceOf(ExcelOperationError);
    await expect(commands.validateSheet({ completed: () => undefined })).rejects.toBeInstanceOf(TypeError);
    expect(dialogs.shown.map((content) => content.lines)).toEqual([
      ['The template was not inserted. This action is only available in Excel.'],
      ["The validation did not finish. Excel couldn't finish the operation. Try again."],
    ]);
    expect(JSON.stringify(dialogs.shown)).not.toContain('boom');
  });

  it('tells Office the command is done once its dialog is shown, without waiting for the user to close it', async () => {
    await withWorkbook('1.18', async () => {
      const dialogs = createFakeDialogs();
      const commands = createRibbonCommands(dependencies({ showDialog: dialogs.showDialog }));
      let completed = 0;
      const running = commands.validateSheet({ completed: () => (completed += 1) });
      while (dialogs.shown.length === 0) await flush();
      await flush();
      expect(completed).toBe(1);
      dialogs.closeAll();
      await running;
      expect(completed).toBe(1);
    });
  });

  it('tells Office a failed command is done once its error dialog is shown, and rethrows once it is closed', async () => {
    const failing = {
      insertTemplateSheet: () => Promise.reject(new ExcelOperationError('access_denied')),
      refreshSheetFromStore: () => Promise.reject(new Error('not refreshed here')),
      validateActiveSheet: () => Promise.reject(new ExcelOperationError('busy')),
    };
    const dialogs = createFakeDialogs();
    const commands = createRibbonCommands(dependencies({ excel: failing, showDialog: dialogs.showDialog }));
    let completed = 0;
    const running = commands.insertTemplate({ completed: () => (completed += 1) });
    const settled = running.catch(() => undefined);
    let rejected = false;
    void settled.then(() => (rejected = true));
    while (dialogs.shown.length === 0) await flush();
    await flush();
    expect(completed).toBe(1);
    expect(rejected).toBe(false);
    dialogs.closeAll();
    await settled;
    expect(completed).toBe(1);
    await expect(running).rejects.toMatchObject({ code: 'access_denied' });
  });

  it("validates with the mapping the store remembers for the sheet's headers, as the pane does", async () => {
    await withWorkbook('1.18', async (host) => {
      host.workbook.sheet('Feuil1').setValues(
        [
          ['Nom', 'Prénom', 'Kontakt'],
          ['Favre', 'Sophie', 'sophie@example.ch'],
        ],
        'A1',
      );
      const asked: string[] = [];
      const findMapping = async (signature: string) => {
        asked.push(signature);
        return { mapping: [{ header: 'Kontakt', target: 'email' as const }], savedBy: 'marie', savedAt: '2026-11-30T09:15:00.000Z' };
      };
      const dialogs = createRecordingDialogs();
      await createRibbonCommands(dependencies({ findMapping, showDialog: dialogs.showDialog })).validateSheet({
        completed: () => undefined,
      });
      expect(asked).toEqual(['nom|prenom|kontakt']);
      expect(JSON.stringify(dialogs.shown)).toMatch(/1 ligne de données, dont 1 valide/);
      expect(JSON.stringify(dialogs.shown)).not.toMatch(/Colonnes obligatoires manquantes/);
    });
  });

  it('completes a second click at once, without running anything, while a command and its dialog are under way', async () => {
    let validations = 0;
    const excel = {
      insertTemplateSheet: () => Promise.reject(new ExcelOperationError('unknown')),
      refreshSheetFromStore: () => Promise.reject(new Error('not refreshed here')),
      validateActiveSheet: async () => {
        validations += 1;
        throw new ExcelOperationError('busy');
      },
    };
    const dialogs = createFakeDialogs();
    const commands = createRibbonCommands(dependencies({ excel, showDialog: dialogs.showDialog }));
    const completed: string[] = [];
    const first = commands.validateSheet({ completed: () => completed.push('first') }).catch(() => undefined);
    while (dialogs.shown.length === 0) await flush();
    await commands.validateSheet({ completed: () => completed.push('second') });
    await commands.insertTemplate({ completed: () => completed.push('insert') });
    expect(completed).toEqual(['first', 'second', 'insert']);
    expect(validations).toBe(1);
    expect(dialogs.shown).toHaveLength(1);
    dialogs.closeAll();
    await first;
    expect(completed).toEqual(['first', 'second', 'insert']);
    // Once done, the commands run again.
    const again = commands.validateSheet({ completed: () => completed.push('again') }).catch(() => undefined);
    while (dialogs.shown.length === 1) await flush();
    dialogs.closeAll();
    await again;
    expect(validations).toBe(2);
    expect(completed.at(-1)).toBe('again');
  });
});

describe('the ribbon\'s "Importer" (a request to the pane, never a reload)', () => {
  /** localStorage as one origin shares it between the ribbon's runtime and the pane's. */
  const sharedStorage = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  };

  it('posts the request; an open pane takes it: no dialog, done', async () => {
    const storage = sharedStorage();
    const dialogs = createFakeDialogs();
    // The open pane: its poll takes the request after a few of the command's waits.
    let ticks = 0;
    const sleep = async () => {
      ticks += 1;
      if (ticks === 3) {
        const request = pendingLaunchRequest(storage, Date.now());
        if (request !== null) acknowledgeLaunchRequest(storage, request.id);
      }
    };
    const commands = createRibbonCommands(dependencies({ showDialog: dialogs.showDialog, launchStorage: storage, sleep }));
    const completed: string[] = [];
    await commands.requestImport({ completed: () => completed.push('done') });
    expect(completed).toEqual(['done']);
    expect(dialogs.shown).toEqual([]);
    // Taken once: no later pane load takes it again.
    expect(pendingLaunchRequest(storage, Date.now())).toBeNull();
  });

  it('with the pane closed, says to open it; the request waits two minutes for the pane to take it on load', async () => {
    const storage = sharedStorage();
    const dialogs = createFakeDialogs();
    const commands = createRibbonCommands(
      dependencies({ showDialog: dialogs.showDialog, launchStorage: storage, sleep: async () => undefined }),
    );
    const completed: string[] = [];
    const done = commands.requestImport({ completed: () => completed.push('done') });
    while (dialogs.shown.length === 0) await flush();
    expect(dialogs.shown[0]).toMatchObject({
      kind: 'info',
      title: 'Importer',
      lines: [expect.stringMatching(/volet Suivi Clients est fermé/)],
    });
    // Done as soon as the dialog is asked for, not when the user closes it.
    expect(completed).toEqual(['done']);
    dialogs.closeAll();
    await done;
    const request = pendingLaunchRequest(storage, Date.now());
    expect(request).toMatchObject({ action: 'import' });
    expect(pendingLaunchRequest(storage, Date.now() + LAUNCH_FRESH_MS + 1)).toBeNull();
  });
});

describe('the ribbon\'s "Actualiser depuis la base"', () => {
  const headers = [...templateHeaders, 'Version'];
  const client = (city: string, version: number) => ({
    ...Object.fromEntries(COLUMN_KEYS.map((key) => [key, null])),
    lastName: 'Favre1',
    firstName: 'Sophie',
    email: 'client1@example.ch',
    title: 'Mme',
    postalCode: '1204',
    city,
    country: 'CH',
    nationality: 'CH',
    practiceCountry: 'CH',
    language: 'fr',
    id: 'id-1',
    code: 'CL-1',
    version,
    foreign: false,
    createdAt: '2026-11-01T08:00:00.000Z',
    createdBy: 'test',
    updatedAt: '2026-12-01T08:00:00.000Z',
    updatedBy: 'test',
    deletedAt: null,
  });

  it('refreshes the active sheet with the configured store, then says what changed and which rows are in conflict', async () => {
    await withWorkbook('1.18', async (host) => {
      host.workbook.addSheet('Clients', [
        headers,
        [...clientRow({ A: 'CL-1' }, 1), '1'],
        [...clientRow({ A: 'CL-1', L: 'Bulle' }, 1), '1'],
        [...clientRow({ A: 'CL-404' }, 2), '1'],
      ]);
      host.workbook.activeSheetName = 'Clients';
      const lookups: ClientLookup[] = [];
      const storeLookup = () => async (lookup: ClientLookup) => {
        lookups.push(lookup);
        return {
          clients: [client('Sion', 2)],
          deleted: [],
          missing: { codes: ['CL-404'], ids: [] },
          bases: [{ code: 'CL-1', id: 'id-1', version: 1, values: { ...client('Genève', 1), id: undefined } }],
        } as never;
      };
      const dialogs = createRecordingDialogs();
      const completed: string[] = [];
      await createRibbonCommands(dependencies({ storeLookup, showDialog: dialogs.showDialog })).refreshFromStore({
        completed: () => completed.push('refresh'),
      });
      expect(completed).toEqual(['refresh']);
      expect(lookups).toEqual([{ codes: ['CL-1', 'CL-404'], versions: { 'CL-1': 1, 'CL-404': 1 } }]);
      expect(dialogs.shown).toEqual([
        {
          lang: 'fr',
          kind: 'info',
          title: 'Actualiser depuis la base',
          lines: [
            'Feuille «\u00a0Clients\u00a0».',
            '1 cellule mise à jour, 1 code inconnu de la base, 1 conflit.',
            'Ligne 3\u00a0: Localité modifié dans la feuille et dans la base, laissé tel quel.',
            'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
          ],
        },
      ]);
      const sheet = host.workbook.sheet('Clients');
      expect(sheet.getValues('L2:L3').flat()).toEqual(['Sion', 'Bulle']);
      expect(sheet.getValues('T2:T4').flat()).toEqual([
        'Actualisé le ' + formatSheetDay(new Date(), 'fr'),
        'Conflit\u00a0: Localité',
        'Code inconnu dans la base',
      ]);
    });
  });

  it('asks for a store first when none is configured, and touches nothing', async () => {
    const dialogs = createRecordingDialogs();
    const excel = { ...excelGateway, refreshSheetFromStore: () => Promise.reject(new Error('must not run')) };
    await createRibbonCommands(dependencies({ excel, storeLookup: () => null, showDialog: dialogs.showDialog })).refreshFromStore({
      completed: () => undefined,
    });
    expect(dialogs.shown).toEqual([
      {
        lang: 'fr',
        kind: 'info',
        title: 'Actualiser depuis la base',
        lines: ['Connectez d’abord le volet à une base clients (paramètres) pour actualiser la feuille.'],
      },
    ]);
  });

  it('says why, in the store’s words for its error, when the store cannot be reached (and rethrows for the log)', async () => {
    await withWorkbook('1.18', async (host) => {
      host.workbook.addSheet('Clients', [headers, [...clientRow({ A: 'CL-1' }, 1), '1']]);
      host.workbook.activeSheetName = 'Clients';
      const failure = new StoreClientError('unreachable', 'down');
      const dialogs = createRecordingDialogs();
      const commands = createRibbonCommands(
        dependencies({ storeLookup: () => () => Promise.reject(failure), language: () => 'en', showDialog: dialogs.showDialog }),
      );
      await expect(commands.refreshFromStore({ completed: () => undefined })).rejects.toBe(failure);
      expect(dialogs.shown).toEqual([
        {
          lang: 'en',
          kind: 'error',
          title: 'Refresh from the client base',
          lines: [`The refresh did not complete. ${paneMessages.en.clients.error('unreachable')}`],
        },
      ]);
      expect(host.workbook.sheet('Clients').getValues('L2:T2').flat()).toEqual([...clientRow({ A: 'CL-1' }, 1).slice(11), '1', '']);
    });
  });
});
