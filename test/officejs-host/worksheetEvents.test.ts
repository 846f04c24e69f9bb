import { startOfficeJsHost } from './officeJsHostSupport';

type ChangedArgs = Excel.WorksheetChangedEventArgs;

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function start(options = {}) {
  const started = startOfficeJsHost(
    [
      ['Nom *', 'Prénom *', 'NPA'],
      ['Favre', 'Sophie', 1204],
    ],
    options,
  );
  uninstall = started.uninstall;
  return started.host;
}

/** Registers a Worksheet.onChanged handler on "Clients" through the real client; returns what it heard and its remover. */
async function listen(): Promise<{ heard: ChangedArgs[]; remove: () => Promise<void> }> {
  const heard: ChangedArgs[] = [];
  let registration: OfficeExtension.EventHandlerResult<ChangedArgs> | null = null;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Clients');
    registration = sheet.onChanged.add(async (args) => {
      heard.push(args);
      return Promise.resolve();
    });
    await context.sync();
  });
  return {
    heard,
    remove: async () => {
      const result = registration as OfficeExtension.EventHandlerResult<ChangedArgs> | null;
      if (!result) return;
      await Excel.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('Worksheet.onChanged through the real office.js client', () => {
  it("delivers the user's edits as Excel does: address without the sheet, Local, the cell before and after, Unknown trigger", async () => {
    const host = start();
    const { heard, remove } = await listen();
    host.workbook.editCells('Clients', { row: 1, column: 2 }, [['1205']]);
    host.workbook.editCells('Clients', { row: 2, column: 0 }, [
      ['Rochat', 'Julien'],
      ['Muller', 'Anna'],
    ]);
    await settle();
    expect(
      heard.map(({ type, address, changeType, source, details, triggerSource, worksheetId }) => ({
        type,
        address,
        changeType,
        source,
        details,
        triggerSource,
        worksheetId,
      })),
    ).toEqual([
      {
        type: 'WorksheetChanged',
        address: 'C2',
        changeType: 'RangeEdited',
        source: 'Local',
        details: { valueBefore: 1204, valueAfter: 1205, valueTypeBefore: 'Double', valueTypeAfter: 'Double' },
        triggerSource: 'Unknown',
        worksheetId: host.workbook.sheet('Clients').id,
      },
      {
        type: 'WorksheetChanged',
        address: 'A3:B4',
        changeType: 'RangeEdited',
        source: 'Local',
        details: undefined,
        triggerSource: 'Unknown',
        worksheetId: host.workbook.sheet('Clients').id,
      },
    ]);
    await remove();
  });

  it("delivers the add-in's own writes after their request, with triggerSource ThisLocalAddin (ExcelApi 1.14)", async () => {
    start();
    const { heard, remove } = await listen();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A3:B3').values = [['Rochat', 'Julien']];
      await context.sync();
      // Not during the request: Excel sends its events once the request is answered.
      expect(heard).toEqual([]);
    });
    await settle();
    expect(heard.map(({ address, triggerSource }) => ({ address, triggerSource }))).toEqual([
      { address: 'A3:B3', triggerSource: 'ThisLocalAddin' },
    ]);
    await remove();
  });

  it('has no triggerSource before ExcelApi 1.14, stops after remove, and hears only its own sheet', async () => {
    const host = start({ apiSets: { ExcelApi: '1.13' } });
    host.workbook.addSheet('Autre');
    const { heard, remove } = await listen();
    host.workbook.editCells('Autre', { row: 0, column: 0 }, [['x']]);
    host.workbook.editCells('Clients', { row: 1, column: 0 }, [['Favre-Rochat']]);
    await settle();
    expect(heard.map(({ address, triggerSource }) => ({ address, triggerSource }))).toEqual([{ address: 'A2', triggerSource: undefined }]);
    await remove();
    host.workbook.editCells('Clients', { row: 1, column: 0 }, [['Favre']]);
    await settle();
    expect(heard).toHaveLength(1);
  });

  it('is not there before ExcelApi 1.7: isSetSupported says so, and Excel refuses the registration with ApiNotFound', async () => {
    start({ apiSets: { ExcelApi: '1.6' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Clients').onChanged.add(async () => Promise.resolve());
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
