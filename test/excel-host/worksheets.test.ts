import { writeXlsx } from '../cli/support/writeXlsx';
import { createExcelHost } from './createExcelHost';
import { makeHost, rejectionOf } from './hostTestSupport';

describe('worksheets', () => {
  it('adds a sheet, activates it and reads it back by name, case-insensitively', async () => {
    const { host, run } = makeHost();
    const result = await run(async (context) => {
      const added = context.workbook.worksheets.add('Modèle clients');
      added.activate();
      const sameSheet = context.workbook.worksheets.getItem('MODÈLE CLIENTS').load('name, position, visibility');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return [sameSheet.name, sameSheet.position, sameSheet.visibility, active.name];
    });
    expect(result).toEqual(['Modèle clients', 1, 'Visible', 'Modèle clients']);
    expect(host.workbook.activeSheetName).toBe('Modèle clients');
    expect(host.workbook.sheetNames()).toEqual(['Clients', 'Modèle clients']);
  });

  it("names a sheet added without a name as Excel does in the user's language", async () => {
    for (const [displayLanguage, expected] of [
      ['fr-CH', 'Feuil2'],
      ['en-US', 'Sheet2'],
    ]) {
      const host = createExcelHost({ displayLanguage });
      host.workbook.addSheet('Clients');
      const name = await host.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add().load('name');
        await context.sync();
        return sheet.name;
      });
      expect(name).toBe(expected);
    }
  });

  it.each([
    ['an existing name', 'clients', 'ItemAlreadyExists'],
    ['a forbidden character', 'Clients/2024', 'InvalidArgument'],
    ['a name over 31 characters', 'x'.repeat(32), 'InvalidArgument'],
    ['an empty name', '', 'InvalidArgument'],
  ])('refuses to add a sheet with %s', async (_case, name, code) => {
    const { host, run } = makeHost();
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.add(name || ' ');
        await context.sync();
      }),
    );
    expect(failure.code).toBe(code);
    expect(host.workbook.sheetNames()).toEqual(['Clients']);
  });

  it('renames, moves, hides and deletes sheets', async () => {
    const { host, run } = makeHost();
    host.workbook.addSheet('Import');
    host.workbook.addSheet('Archive');
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('Archive').position = 0;
      sheets.getItem('Import').name = 'Import 2024';
      sheets.getItem('Clients').visibility = 'Hidden';
      await context.sync();
    });
    expect(host.workbook.sheetNames()).toEqual(['Archive', 'Clients', 'Import 2024']);
    expect(host.workbook.sheet('Clients').visibility).toBe('Hidden');
    await run(async (context) => {
      context.workbook.worksheets.getItem('Archive').delete();
      await context.sync();
    });
    expect(host.workbook.sheetNames()).toEqual(['Clients', 'Import 2024']);
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Import 2024').delete();
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidOperation');
  });

  it('fails with ItemNotFound when a sheet proxy outlives its sheet', async () => {
    const { host, run } = makeHost();
    host.workbook.addSheet('Import');
    const failure = await rejectionOf(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Import');
        sheet.delete();
        await context.sync();
        sheet.getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(failure.code).toBe('ItemNotFound');
  });

  it('finds a sheet by id and counts sheets', async () => {
    const { host, run } = makeHost();
    const id = host.workbook.sheet('Clients').id;
    const [name, count] = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id).load('name');
      const total = context.workbook.worksheets.getCount();
      await context.sync();
      return [sheet.name, total.value];
    });
    expect([name, count]).toEqual(['Clients', 1]);
  });

  it('freezes the header row', async () => {
    const { host, run } = makeHost();
    const location = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.freezePanes.freezeRows(1);
      const frozen = sheet.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      return frozen.address;
    });
    expect(host.workbook.sheet('Clients').frozenRows).toBe(1);
    expect(location).toBe('Clients!1:1');
  });
});

describe('used range', () => {
  it('spans values and, unless valuesOnly, formatted cells', async () => {
    const { host, run } = makeHost();
    host.workbook.sheet('Clients').setValues(
      [
        ['Nom', 'Prénom'],
        ['Favre', 'Sophie'],
      ],
      'B2',
    );
    host.workbook.sheet('Clients').setFormat('E10', { fillColor: '#FFFF00' });
    const [all, valuesOnly] = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      const a = sheet.getUsedRange().load('address');
      const b = sheet.getUsedRange(true).load('address, rowCount, columnCount, rowIndex, columnIndex');
      await context.sync();
      return [a.address, [b.address, b.rowCount, b.columnCount, b.rowIndex, b.columnIndex]];
    });
    expect(all).toBe('Clients!B2:E10');
    expect(valuesOnly).toEqual(['Clients!B2:C3', 2, 2, 1, 1]);
  });

  it('is A1 on an empty sheet, or a null object with getUsedRangeOrNullObject', async () => {
    const { run } = makeHost();
    const [address, isNull] = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      const used = sheet.getUsedRange().load('address');
      const maybe = sheet.getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      return [used.address, maybe.isNullObject];
    });
    expect([address, isNull]).toEqual(['Clients!A1', true]);
  });
});

describe('Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13)', () => {
  const base64Of = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

  it('adds the first sheet of the file at the end with its values, renamed when the name is taken, and returns its id', async () => {
    const { host, run } = makeHost([['x']]);
    const bytes = writeXlsx([{ name: 'Clients', rows: [['Nom *'], ['Favre'], [new Date(Date.UTC(1981, 2, 10))]] }]);
    const ids = await run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(base64Of(bytes));
      await context.sync();
      return result.value;
    });
    expect(host.workbook.sheetNames()).toEqual(['Clients', 'Clients (2)']);
    expect(ids).toEqual([host.workbook.sheet('Clients (2)').id]);
    expect(host.workbook.sheet('Clients (2)').getValues('A1:A3')).toEqual([['Nom *'], ['Favre'], [29655]]);
  });

  it('fails with ApiNotFound below ExcelApi 1.13 and with InvalidArgument on bytes that are not an .xlsx', async () => {
    const old = makeHost([['x']], { apiSets: { ExcelApi: '1.12' } });
    const bytes = writeXlsx([{ name: 'Clients', rows: [['Nom *']] }]);
    expect(
      await rejectionOf(
        old.run(async (context) => {
          context.workbook.insertWorksheetsFromBase64(base64Of(bytes));
          await context.sync();
        }),
      ),
    ).toMatchObject({ code: 'ApiNotFound' });
    const { run } = makeHost([['x']]);
    expect(
      await rejectionOf(
        run(async (context) => {
          context.workbook.insertWorksheetsFromBase64(btoa('not a zip'));
          await context.sync();
        }),
      ),
    ).toMatchObject({ code: 'InvalidArgument' });
  });
});
