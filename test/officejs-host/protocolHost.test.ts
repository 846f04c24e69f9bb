import { createExcelHost } from '../excel-host/createExcelHost';
import { utf8ByteLength } from '../excel-host/utf8ByteLength';
import { onBothHosts, workbookSnapshot } from './compareHosts';
import { installExcelHost, installs } from './installExcelHostOverOfficeJs';
import { loadOfficeJs } from './loadOfficeJs';
import { officeJsOnce, startOfficeJsHost } from './officeJsHostSupport';
import { ActionType, ObjectPathType, type RequestBody } from './richApiProtocol';

type OfficeError = { name?: string; code?: string; httpStatusCode?: number; message?: string; debugInfo?: Record<string, unknown> };

async function rejectionOf(promise: Promise<unknown>): Promise<OfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeError;
  }
  throw new Error('expected the promise to reject');
}

function lastRequest(text: string | null): RequestBody {
  if (text === null) throw new Error('no request sent');
  return JSON.parse(text) as RequestBody;
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function start(values: unknown[][] = [], options = {}) {
  const started = startOfficeJsHost(values, options);
  uninstall = started.uninstall;
  return started.host;
}

const clients = [
  ['Nom *', 'Prénom *', 'NPA'],
  ['Favre', 'Sophie', 1204],
  ['Rochat', 'Julien', 1003],
];

describe('the real office.js client over the protocol host', () => {
  it('is the real client: Excel.run gives office.js RequestContext and Range objects, and reads values from the model in one request', async () => {
    const host = start(clients);
    const { Excel: realExcel } = officeJsOnce();
    host.resetStats();
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1:C3');
      range.load('values, address, rowCount, columnCount, rowIndex, columnIndex');
      await context.sync();
      expect(context).toBeInstanceOf(realExcel.RequestContext);
      expect(range).toBeInstanceOf(realExcel.Range);
      return { values: range.values, address: range.address, size: [range.rowCount, range.columnCount, range.rowIndex, range.columnIndex] };
    });
    expect(read).toEqual({ values: clients, address: 'Clients!A1:C3', size: [3, 3, 0, 0] });
    // One request for the batch, then Excel.run's own: the range office.js tracked is released.
    expect(host.stats.history.map((record) => record.cleanup)).toEqual([false, true]);
    expect(host.stats.cleanups).toBe(1);
  });

  it('writes values as Excel interprets them (numeric text becomes a number, an apostrophe keeps text)', async () => {
    const host = start(clients);
    const sent = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A4:C4').values = [['Dupont', "'0041", '1950']];
      await context.sync();
      return host.lastRequestText;
    });
    expect(host.workbook.sheet('Clients').getValues('A4:C4')).toEqual([['Dupont', '0041', 1950]]);
    const body = lastRequest(sent);
    const set = body.Actions.find((action) => action.ActionType === ActionType.setProperty);
    expect(set).toMatchObject({ Name: 'Values', ArgumentInfo: { Arguments: [[['Dupont', "'0041", '1950']]] } });
  });

  it('fails with the real OfficeExtension.Error, code ItemNotFound, its HTTP status and the statement office.js prints', async () => {
    start(clients);
    const { OfficeExtension: realOfficeExtension } = officeJsOnce();
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Absente');
        sheet.load('name');
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(realOfficeExtension.Error);
    expect(error).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound', httpStatusCode: 404 });
    expect(error.debugInfo).toMatchObject({ code: 'ItemNotFound', errorLocation: 'worksheets.getItem("Absente")' });
    // office.js's RequestPrettyPrinter, from the ActionIndex of Excel's answer.
    expect(error.debugInfo?.statement).toBe('var worksheet = worksheets.getItem(...);');
  });

  it('answers *OrNullObject: isNullObject from the Instantiate result, properties of a null object read undefined', async () => {
    start(clients);
    const result = await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Absente');
      const present = context.workbook.worksheets.getItemOrNullObject('clients');
      missing.load('name');
      const emptyUsed = context.workbook.worksheets.add('Vide').getUsedRangeOrNullObject();
      await context.sync();
      return { missing: missing.isNullObject, name: missing.name, present: present.isNullObject, empty: emptyUsed.isNullObject };
    });
    expect(result).toEqual({ missing: true, name: undefined, present: false, empty: true });
  });

  it('counts the real request body: the bytes of the JSON office.js hands its executor', async () => {
    const host = start(clients);
    host.resetStats();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('D1:D2');
      range.values = [['Téléphone'], ['+41 79 412 33 21']];
      range.format.fill.color = '#FFC7CE';
      await context.sync();
    });
    const [first] = host.stats.history;
    // Request 1 is the batch; its text was captured before the cleanup request replaced it.
    expect(first?.requestBytes).toBeGreaterThan(500);
    expect(host.stats.requestBytes).toBe(host.stats.history.reduce((sum, record) => sum + record.requestBytes, 0));
    const cleanupText = host.lastRequestText ?? '';
    expect(host.stats.history[1]?.requestBytes).toBe(utf8ByteLength(cleanupText));
    expect(lastRequest(cleanupText).Actions.map((action) => action.Name)).toEqual(['', '_RemoveReference']);
  });

  it('refuses a request over 5 MB, measured on the real body, with RequestPayloadSizeLimitExceeded from the real client', async () => {
    const host = start(clients);
    const rows = 2_000;
    const write = (cellText: string) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Clients').getRangeByIndexes(10, 0, rows, 1);
        range.values = Array.from({ length: rows }, () => [cellText]);
        await context.sync();
      });
    // 2,000 cells of 1,400 "é" (2 bytes each in UTF-8): 5.6 MB; of 2,500 "x": 5.0 MB and the request's own bytes.
    const error = await rejectionOf(write('é'.repeat(1_400)));
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded', httpStatusCode: 400 });
    const refused = host.stats.history.find((record) => record.errorCode === 'RequestPayloadSizeLimitExceeded');
    expect(refused?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.workbook.sheet('Clients').getValues('A11')).toEqual([['']]);
    await expect(write('x'.repeat(2_500))).resolves.toBeUndefined();
    expect(host.workbook.sheet('Clients').getValues('A2010')).toEqual([['x'.repeat(2_500)]]);
    const written = host.stats.history.at(-2);
    expect(written?.requestBytes).toBeGreaterThan(5_000_000);
    expect(written?.requestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('writes more than 1,500 cells as office.js does: _ValidateArraySize, then chunks of rows by getBoundingRect', async () => {
    const host = start(clients);
    const rows = Array.from({ length: 1_000 }, (_, index) => [`Nom${index}`, `Prénom${index}`]);
    const sent = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A2:B1001').values = rows;
      await context.sync();
      return lastRequest(host.lastRequestText);
    });
    expect(host.workbook.sheet('Clients').getValues('A2:B1001')).toEqual(rows);
    expect(sent.Actions.filter((action) => action.ActionType === ActionType.method).map((action) => action.Name)).toContain(
      '_ValidateArraySize',
    );
    const writes = sent.Actions.filter((action) => action.ActionType === ActionType.setProperty);
    expect(writes.map((action) => (action.ArgumentInfo?.Arguments?.[0] as unknown[]).length)).toEqual([750, 250]);
    expect(Object.values(sent.ObjectPaths).filter((info) => info.Name === 'GetBoundingRect')).toHaveLength(2);
  });

  it('refuses an answer over the response limit with ResponsePayloadSizeLimitExceeded', async () => {
    start(clients, { limits: { maxResponseBytes: 300 } });
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Clients').getRange('A1:C40');
        range.load('values');
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded', httpStatusCode: 400 });
  });

  it('reports InvalidArgument for a bad address and InvalidOperationInCellEditMode unless the run asks delayForCellEdit', async () => {
    const host = start(clients);
    const badAddress = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('pas une adresse').load('values');
        await context.sync();
      }),
    );
    expect(badAddress).toMatchObject({ code: 'InvalidArgument', httpStatusCode: 400 });
    host.workbook.setCellEditMode(true);
    const readName = async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    };
    expect(await rejectionOf(Excel.run(readName))).toMatchObject({ code: 'InvalidOperationInCellEditMode', httpStatusCode: 400 });
    await expect(Excel.run({ delayForCellEdit: true }, readName)).resolves.toBe('Clients');
  });

  it('keeps a tracked range by its _ReferenceId across requests, and a new sheet by its Id (no second add)', async () => {
    const host = start(clients);
    host.resetStats();
    const names = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A2');
      const sheet = context.workbook.worksheets.add('Nouvelle');
      range.load('values');
      await context.sync();
      range.values = [['Favre-Martin']];
      sheet.getRange('A1').values = [['ok']];
      sheet.load('name');
      await context.sync();
      return [sheet.name, host.workbook.sheetNames()];
    });
    expect(names).toEqual(['Nouvelle', ['Clients', 'Nouvelle']]);
    expect(host.workbook.sheet('Clients').getValues('A2')).toEqual([['Favre-Martin']]);
    expect(host.workbook.sheet('Nouvelle').getValues('A1')).toEqual([['ok']]);
    // The range's second use goes by ReferenceId; the sheet's by the worksheets indexer with its id.
    expect(host.stats.history.map((record) => record.cleanup)).toEqual([false, false, true]);
  });

  it('reads the object path and action types office.js sends: a tracked range comes back by ReferenceId, a null object as NullObject', async () => {
    const host = start(clients);
    const [first, second] = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
      used.format.fill.load('color');
      const missing = context.workbook.worksheets.getItemOrNullObject('Absente');
      await context.sync();
      const firstText = host.lastRequestText;
      used.load('address');
      missing.load('name');
      await context.sync();
      expect(used.address).toBe('Clients!A1:C3');
      return [lastRequest(firstText), lastRequest(host.lastRequestText)];
    });
    const types = (body: RequestBody | undefined) =>
      [...new Set(Object.values(body?.ObjectPaths ?? {}).map((info) => info.ObjectPathType))].sort();
    expect(types(first)).toEqual([ObjectPathType.globalObject, ObjectPathType.method, ObjectPathType.property]);
    expect(types(second)).toEqual([ObjectPathType.referenceId, ObjectPathType.nullObject]);
    expect([...new Set(first?.Actions.map((action) => action.ActionType))].sort()).toEqual([
      ActionType.instantiate,
      ActionType.query,
      ActionType.method,
    ]);
  });
});

describe('the APIs src/excel calls, on the real client and on test/excel-host', () => {
  it('worksheets, ranges, formats, RangeAreas, tables, validation and properties: same answers, same workbook, same syncs', async () => {
    const tour = () =>
      Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        const active = worksheets.getActiveWorksheet().load('name, id, visibility, position');
        const first = worksheets.getFirst().load('name');
        const count = worksheets.getCount();
        const added = worksheets.add('Listes');
        added.visibility = Excel.SheetVisibility.hidden;
        const sheet = worksheets.getItem('Clients');
        const used = sheet.getUsedRange(true).load('address, rowIndex, columnIndex, rowCount, columnCount');
        const cell = sheet.getRange('B2:C3').getCell(1, 1).load('address, values, numberFormat');
        const resized = sheet.getRange('A1').getResizedRange(2, 1).load('address');
        const byIndexes = sheet.getRangeByIndexes(1, 0, 2, 3).load('values, text, valueTypes');
        await context.sync();
        const header = sheet.getRange('A1:C1');
        header.format.fill.color = '#FCE4D6';
        header.format.font.set({ bold: true, color: '#9C0006' });
        // One format for a whole column, as queueTemplateColumnFormats writes it.
        (sheet.getRange('C:C') as unknown as { numberFormat: string }).numberFormat = '@';
        sheet.getRange('C:C').format.columnWidth = 60;
        const marks = sheet.getRanges('A2, B3:C3');
        marks.format.fill.pattern = 'Solid';
        marks.format.fill.color = '#FFC7CE';
        const areas = marks.areas.load('items/address');
        sheet.getRange('A2:A3').dataValidation.rule = { list: { inCellDropDown: true, source: 'M.,Mme' } };
        const table = sheet.tables.add('A1:C3', true);
        table.name = 'Clients';
        sheet.customProperties.add('suivi-clients.template', '1');
        context.workbook.properties.custom.add('suivi-clients.version', '1');
        sheet.freezePanes.freezeRows(1);
        sheet.activate();
        sheet.getRange('B2').select();
        const fill = sheet.getRange('A2').format.fill.load('color, pattern');
        const missingUsed = added.getUsedRangeOrNullObject().load('address');
        const names = worksheets.load('items/name, items/visibility');
        await context.sync();
        const firstArea = areas.items[0]?.load('values');
        await context.sync();
        return {
          active: [active.name, active.visibility, active.position],
          first: first.name,
          count: count.value,
          used: [used.address, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount],
          cell: [cell.address, cell.values, cell.numberFormat],
          resized: resized.address,
          byIndexes: [byIndexes.values, byIndexes.text, byIndexes.valueTypes],
          areas: areas.items.map((area) => area.address),
          firstArea: firstArea?.values,
          fill: [fill.color, fill.pattern],
          missingUsed: missingUsed.isNullObject,
          names: names.items.map((item) => [item.name, item.visibility]),
        };
      });
    const setUp = (workbook: Parameters<Parameters<typeof onBothHosts>[0]>[0]) => void workbook.addSheet('Clients', clients);
    const { fake, real } = await onBothHosts(setUp, tour, { apiSets: { ExcelApi: '1.17' } });
    expect(real.error).toBeNull();
    expect(real.result).toEqual(fake.result);
    expect(real.result).toMatchObject({ count: 1, used: ['Clients!A1:C3', 0, 0, 3, 3], areas: ['Clients!A2', 'Clients!B3:C3'] });
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect([real.syncs, fake.syncs]).toEqual([3, 3]);
  });
});

describe('what the npm build of office.js lacks or decides on the add-in side', () => {
  it('has no Worksheet.notes (ExcelApi 1.18): the property is undefined on the real Worksheet', async () => {
    start(clients, { apiSets: { ExcelApi: '1.18' } });
    const notes = await Excel.run(
      async (context) => (context.workbook.worksheets.getItem('Clients') as unknown as Record<string, unknown>).notes,
    );
    expect(notes).toBeUndefined();
  });

  it('does not check API sets on the add-in side: the request goes out and Excel answers ApiNotFound (404)', async () => {
    const host = start(clients, { apiSets: { ExcelApi: '1.11' } });
    host.resetStats();
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Clients').customProperties.add('tag', '1');
        await context.sync();
      }),
    );
    // CommonUtility.throwIfApiNotSupported reads CommonUtility._doApiNotSupportedCheck, which the build leaves
    // false (it sets the flag on Utility), so the call is sent even though Office.context says 1.11.
    expect(error).toMatchObject({ code: 'ApiNotFound', httpStatusCode: 404 });
    expect(error.debugInfo?.statement).toBe('var add = customProperties.add(...);');
    expect(host.stats.history[0]?.errorCode).toBe('ApiNotFound');
  });

  it('accepts Excel.run({ mergeUndoGroup: true }) and sends the same request as without it (the build ignores the option)', async () => {
    const host = start(clients);
    const writeWith = async (options: object) => {
      await Excel.run(options as Excel.RunOptions, async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A2').values = [['Favre']];
        await context.sync();
      });
      return host.stats.history.at(-1)?.requestBytes;
    };
    expect(await writeWith({ mergeUndoGroup: true })).toBe(await writeWith({}));
  });
});

describe('no network', () => {
  it('refuses and records every request the window tries (frame, fetch, XHR), office.js having sent none', async () => {
    const fresh = loadOfficeJs();
    expect(fresh.outsideRequests).toEqual([]);
    const frame = fresh.window.document.createElement('iframe');
    frame.src = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
    fresh.window.document.body.appendChild(frame);
    await expect(fresh.window.fetch('https://example.com/')).rejects.toThrow(/refused/);
    expect(() => new fresh.window.XMLHttpRequest().open('GET', 'https://example.com/x')).toThrow(/refused/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fresh.outsideRequests.map((request) => request.kind).sort()).toEqual(['fetch', 'resource', 'xhr']);
    fresh.window.close();
  });
});

describe('the real-client project (test/excel unchanged on office.js)', () => {
  it('installs the real client for hosts up to ExcelApi 1.17, and keeps the fake proxies from 1.18 (notes)', async () => {
    const { Excel: realExcel } = officeJsOnce();
    const before = { ...installs };
    for (const ExcelApi of ['1.17', '1.18']) {
      const excelHost = createExcelHost({ apiSets: { ExcelApi } });
      excelHost.workbook.addSheet('Clients', clients);
      const restore = installExcelHost(excelHost);
      const name = await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return sheet.name;
      });
      expect(name).toBe('Clients');
      expect(Excel === realExcel).toBe(ExcelApi === '1.17');
      // The add-in's one request, in test/excel-host's own counters, whichever client sent it.
      expect(excelHost.stats.syncs).toBe(1);
      restore();
    }
    expect([installs.realClient - before.realClient, installs.modelAlone - before.modelAlone]).toEqual([1, 1]);
  });
});
