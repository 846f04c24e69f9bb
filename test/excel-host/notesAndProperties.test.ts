import { makeHost, rejectionOf } from './hostTestSupport';

describe('Worksheet.notes (ExcelApi 1.18)', () => {
  it('adds, reads, lists with locations and deletes notes by cell address', async () => {
    const { host, run } = makeHost([['a']], { apiSets: { ExcelApi: '1.18' } });
    await run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Clients').notes;
      notes.add('B2', 'Adresse invalide');
      notes.add(context.workbook.worksheets.getItem('Clients').getRange('C3'), 'Autre');
      await context.sync();
    });
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.note('B2')).toBe('Adresse invalide');
    const listed = await run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Clients').notes.load('items/content');
      await context.sync();
      const locations = notes.items.map((note) => note.getLocation().load('address'));
      const missing = context.workbook.worksheets.getItem('Clients').notes.getItemOrNullObject('D4');
      await context.sync();
      return {
        contents: notes.items.map((note) => note.content),
        addresses: locations.map((l) => l.address),
        missing: missing.isNullObject,
      };
    });
    expect(listed).toEqual({ contents: ['Adresse invalide', 'Autre'], addresses: ['Clients!B2', 'Clients!C3'], missing: true });
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').notes.getItem('B2').delete();
      await context.sync();
    });
    expect(sheet.note('B2')).toBeNull();
    expect(sheet.note('C3')).toBe('Autre');
  });

  it('counts notes and gets one by position (in the order they were added); past the end fails with ItemNotFound', async () => {
    const { run } = makeHost([['a']], { apiSets: { ExcelApi: '1.18' } });
    const found = await run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Clients').notes;
      notes.add('C3', 'premier');
      notes.add('A1', 'second');
      notes.getItem('C3').delete();
      notes.add('B7', 'troisième');
      const count = notes.getCount();
      const locations = [0, 1].map((index) => notes.getItemAt(index).getLocation().load('rowIndex,columnIndex'));
      await context.sync();
      return { count: count.value, cells: locations.map((location) => [location.rowIndex, location.columnIndex]) };
    });
    expect(found).toEqual({
      count: 2,
      cells: [
        [0, 0],
        [6, 1],
      ],
    });
    const past = run(async (context) => {
      context.workbook.worksheets.getItem('Clients').notes.getItemAt(2).getLocation().load('rowIndex');
      await context.sync();
    });
    expect((await rejectionOf(past)).code).toBe('ItemNotFound');
  });

  it('refuses a second note on a cell and a multi-cell address', async () => {
    const { run } = makeHost([], { apiSets: { ExcelApi: '1.18' } });
    const twice = run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Clients').notes;
      notes.add('A1', 'x');
      notes.add('A1', 'y');
      await context.sync();
    });
    expect((await rejectionOf(twice)).code).toBe('InvalidArgument');
    const area = run(async (context) => {
      context.workbook.worksheets.getItem('Clients').notes.add('A1:B2', 'x');
      await context.sync();
    });
    expect((await rejectionOf(area)).code).toBe('InvalidArgument');
  });

  it('fails with ApiNotFound on a host older than 1.18', async () => {
    const { run } = makeHost([], { apiSets: { ExcelApi: '1.17' } });
    const adding = run(async (context) => {
      context.workbook.worksheets.getItem('Clients').notes.add('A1', 'x');
      await context.sync();
    });
    expect((await rejectionOf(adding)).code).toBe('ApiNotFound');
  });
});

describe('Worksheet.customProperties (ExcelApi 1.12)', () => {
  it('adds and reads a sheet property; older hosts fail with ApiNotFound', async () => {
    const { host, run } = makeHost([], { apiSets: { ExcelApi: '1.12' } });
    const value = await run(async (context) => {
      const properties = context.workbook.worksheets.getItem('Clients').customProperties;
      properties.add('SuiviClients.Template', '1');
      const item = properties.getItemOrNullObject('suiviclients.template').load('value');
      await context.sync();
      return item.value;
    });
    expect(value).toBe('1');
    expect(host.workbook.sheet('Clients').customProperties.size).toBe(1);
    const { run: oldRun } = makeHost([], { apiSets: { ExcelApi: '1.11' } });
    const failing = oldRun(async (context) => {
      context.workbook.worksheets.getItem('Clients').customProperties.add('k', 'v');
      await context.sync();
    });
    expect((await rejectionOf(failing)).code).toBe('ApiNotFound');
  });
});

describe('RangeFill.pattern and RangeFormat.columnWidth', () => {
  it('reads None without fill, Solid with one, null when mixed; None removes the fill', async () => {
    const { host, run } = makeHost([['a', 'b']]);
    host.workbook.sheet('Clients').setFormat('B1', { fillColor: '#FFFFFF' });
    const patterns = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      const fills = ['A1', 'B1', 'A1:B1'].map((address) => sheet.getRange(address).format.fill.load('pattern,color'));
      await context.sync();
      return fills.map((fill) => [fill.pattern, fill.color]);
    });
    expect(patterns).toEqual([
      ['None', '#FFFFFF'],
      ['Solid', '#FFFFFF'],
      [null, null],
    ]);
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('B1').format.fill.pattern = 'None';
      await context.sync();
    });
    expect(host.workbook.sheet('Clients').cell('B1').fillColor).toBeNull();
  });

  it('models fill patterns: a pattern and its colour read back, color keeps the pattern, None and clear() remove all', async () => {
    const { host, run } = makeHost([['a', 'b', 'c']], { apiSets: { ExcelApi: '1.9' } });
    const read = (address: string) =>
      run(async (context) => {
        const fill = context.workbook.worksheets.getItem('Clients').getRange(address).format.fill.load('color,pattern,patternColor');
        await context.sync();
        return { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
      });
    await run(async (context) => {
      const fill = context.workbook.worksheets.getItem('Clients').getRange('A1:B1').format.fill;
      fill.pattern = 'Gray25';
      fill.patternColor = '#FF0000';
      await context.sync();
    });
    expect(await read('A1:B1')).toEqual({ color: '#FFFFFF', pattern: 'Gray25', patternColor: '#FF0000' });
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1').format.fill.color = '#00FF00';
      await context.sync();
    });
    expect(await read('A1')).toEqual({ color: '#00FF00', pattern: 'Gray25', patternColor: '#FF0000' });
    expect(await read('A1:C1')).toEqual({ color: null, pattern: null, patternColor: null });
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('A1').format.fill.pattern = 'None';
      sheet.getRange('B1').format.fill.clear();
      await context.sync();
    });
    expect(await read('A1:C1')).toEqual({ color: '#FFFFFF', pattern: 'None', patternColor: '#000000' });
    expect(host.workbook.sheet('Clients').cell('A1')).toMatchObject({ fillColor: null, fillPattern: 'None', fillPatternColor: null });
    const wrong = run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1').format.fill.pattern = 'LinearGradient';
      await context.sync();
    });
    expect((await rejectionOf(wrong)).code).toBe('InvalidArgument');
  });

  it('keeps column widths per column', async () => {
    const { host, run } = makeHost([]);
    const width = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('B:C').format.columnWidth = 120;
      const format = sheet.getRange('B1:C1').format.load('columnWidth');
      const mixed = sheet.getRange('A1:B1').format.load('columnWidth');
      await context.sync();
      return [format.columnWidth, mixed.columnWidth];
    });
    expect(width).toEqual([120, null]);
    expect(host.workbook.sheet('Clients').columnWidths.get(2)).toBe(120);
  });
});
