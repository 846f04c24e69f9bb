import { makeHost, rejectionOf } from './hostTestSupport';

const rows = [
  ['Nom', 'Prénom', 'NPA'],
  ['Favre', 'Sophie', 1204],
  ['Rochat', 'Julien', 1003],
];

describe('the proxy model', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const { run } = makeHost(rows);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1:C3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', name: 'RichApi.Error' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual(rows);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('accepts every form of load: string, array, select object, property object and paths', async () => {
    const { run } = makeHost(rows);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      const a = sheet.getRange('A1').load('values, address');
      const b = sheet.getRange('B1').load(['rowCount', 'columnCount']);
      const c = sheet.getRange('C1').load({ select: 'text' });
      const d = sheet.getRange('A1:C1').load({ values: true, format: { font: { bold: true } } });
      const e = sheet.getRange('A2').load('format/fill/color');
      await context.sync();
      expect([a.values, a.address]).toEqual([[['Nom']], 'Clients!A1']);
      expect([b.rowCount, b.columnCount]).toEqual([1, 1]);
      expect(c.text).toEqual([['NPA']]);
      expect([d.values[0], d.format.font.bold]).toEqual([rows[0], false]);
      expect(e.format.fill.color).toBe('#FFFFFF');
    });
  });

  it('makes a set value readable at once, as office.js caches it, and writes it at sync', async () => {
    const { host, run } = makeHost(rows);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A4:B4');
      range.values = [['Müller', 'Thomas']];
      expect(range.values).toEqual([['Müller', 'Thomas']]);
      expect(host.workbook.sheet('Clients').cell('A4').value).toBe('');
      await context.sync();
      expect(host.workbook.sheet('Clients').getValues('A4:B4')).toEqual([['Müller', 'Thomas']]);
    });
  });

  it('returns loaded values as copies, like a response over the wire', async () => {
    const { host, run } = makeHost(rows);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A2').load('values');
      await context.sync();
      range.values[0]?.splice(0, 1, 'changed locally');
    });
    expect(host.workbook.sheet('Clients').cell('A2').value).toBe('Favre');
  });

  it('executes queued actions in order at sync', async () => {
    const { run } = makeHost();
    const read = await run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Clients').getRange('A1');
      cell.values = [['first']];
      const before = context.workbook.worksheets.getItem('Clients').getRange('A1').load('values');
      cell.values = [['second']];
      const after = context.workbook.worksheets.getItem('Clients').getRange('A1').load('values');
      await context.sync();
      return [before.values, after.values];
    });
    expect(read).toEqual([[['first']], [['second']]]);
  });

  it('flushes what the batch left queued when Excel.run ends', async () => {
    const { host, run } = makeHost();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('B2').values = [['written at the end']];
    });
    expect(host.workbook.sheet('Clients').cell('B2').value).toBe('written at the end');
    expect(host.stats.syncs).toBe(1);
  });

  it('discards the queue when the batch throws', async () => {
    const { host, run } = makeHost();
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('B2').values = [['never']];
        throw new Error('batch failed');
      }),
    );
    expect(failure.message).toBe('batch failed');
    expect(host.workbook.sheet('Clients').cell('B2').value).toBe('');
    expect(host.stats.syncs).toBe(0);
  });

  it('refuses a batch that does not return a promise', async () => {
    const { host } = makeHost();
    const batch = (() => undefined) as unknown as () => Promise<void>;
    expect((await rejectionOf(host.Excel.run(batch))).code).toBe('RunMustReturnPromise');
  });

  it('accepts Excel.run(options, batch)', async () => {
    const { host } = makeHost(rows);
    const name = await host.Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe('Clients');
  });

  it('returns undefined for the properties of a null object, after sync', async () => {
    const { run } = makeHost();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Absent').load('name');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  it('fails with ItemNotFound when getItem names no sheet, even without a load', async () => {
    const { run } = makeHost();
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Absent');
        await context.sync();
      }),
    );
    expect(failure.code).toBe('ItemNotFound');
  });

  it('fails with ItemNotFound when a null object is used', async () => {
    const { run } = makeHost();
    const failure = await rejectionOf(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject('Absent');
        await context.sync();
        sheet.getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(failure.code).toBe('ItemNotFound');
  });

  it('reads a ClientResult only after sync', async () => {
    const { run } = makeHost();
    await run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it('loads collection items with their properties', async () => {
    const { host, run } = makeHost();
    host.workbook.addSheet('Import');
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
    expect(names).toEqual(['Clients', 'Import']);
  });

  it('applies a loaded value only when the whole sync succeeds', async () => {
    const { run } = makeHost(rows);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      const range = sheet.getRange('A1').load('values');
      context.workbook.worksheets.getItem('Absent');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});
