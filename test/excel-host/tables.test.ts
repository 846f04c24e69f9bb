import { makeHost, rejectionOf } from './hostTestSupport';

describe('tables', () => {
  it('creates a table over a header row, reads its ranges and appends rows', async () => {
    const { host, run } = makeHost([
      ['Nom *', 'Prénom *', ''],
      ['Favre', 'Sophie', 'x'],
    ]);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      const table = sheet.tables.add('A1:C2', true);
      table.name = 'Clients_Table';
      table.rows.add(undefined, [['Rochat', 'Julien', 'y']]);
      table.load('name, style');
      const range = table.getRange().load('address');
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('address');
      const rows = table.rows.getCount();
      table.columns.load('items/name');
      await context.sync();
      return [table.name, range.address, header.values, body.address, rows.value, table.columns.items.map((column) => column.name)];
    });
    expect(read).toEqual([
      'Clients_Table',
      'Clients!A1:C3',
      [['Nom *', 'Prénom *', 'Column3']],
      'Clients!A2:C3',
      2,
      ['Nom *', 'Prénom *', 'Column3'],
    ]);
    expect(host.workbook.table('clients_table')?.rect).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 3 });
  });

  it('names tables as Excel does, finds them from the workbook, and refuses overlaps', async () => {
    const { host, run } = makeHost([['Nom'], ['Favre']]);
    const names = await run(async (context) => {
      context.workbook.tables.add('Clients!A1:A2', true);
      const found = context.workbook.tables.getItemOrNullObject('Tableau1').load('name');
      const missing = context.workbook.tables.getItemOrNullObject('Absent');
      await context.sync();
      return [found.name, missing.isNullObject];
    });
    expect(names).toEqual(['Tableau1', true]);
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').tables.add('A2:B3', true);
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidOperation');
    await run(async (context) => {
      context.workbook.tables.getItem('Tableau1').convertToRange();
      await context.sync();
    });
    expect(host.workbook.tables).toHaveLength(0);
    expect(host.workbook.sheet('Clients').cell('A2').value).toBe('Favre');
  });
});

describe('custom properties', () => {
  it('adds, reads, lists and deletes workbook custom properties', async () => {
    const { host, run } = makeHost();
    const read = await run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add('SuiviClients.TemplateVersion', 1);
      const version = custom.getItem('suiviclients.templateversion').load('key, value, type');
      const absent = custom.getItemOrNullObject('Absent');
      custom.load('items/key');
      await context.sync();
      return [version.key, version.value, version.type, absent.isNullObject, custom.items.map((item) => item.key)];
    });
    expect(read).toEqual(['SuiviClients.TemplateVersion', 1, 'Number', true, ['SuiviClients.TemplateVersion']]);
    await run(async (context) => {
      context.workbook.properties.custom.getItem('SuiviClients.TemplateVersion').delete();
      await context.sync();
    });
    expect(host.workbook.customProperties.size).toBe(0);
  });
});

describe('the rest of the proxy surface', () => {
  it('sets nested properties with set() and serialises known values with toJSON()', async () => {
    const { host, run } = makeHost([['Nom']]);
    const json = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1');
      range.set({ format: { fill: { color: '#FFC7CE' }, font: { bold: true } } });
      range.load('address, values');
      await context.sync();
      return range.toJSON();
    });
    expect(json).toEqual({ address: 'Clients!A1', values: [['Nom']] });
    expect(host.workbook.sheet('Clients').cell('A1')).toMatchObject({ fillColor: '#FFC7CE', fontBold: true });
  });

  it('refuses to sync a context after its Excel.run ended', async () => {
    const { host } = makeHost();
    let leaked: { sync: () => Promise<void> } & { workbook: { worksheets: { getItem: (name: string) => unknown } } } = null as never;
    await host.Excel.run(async (context) => {
      leaked = context as unknown as typeof leaked;
    });
    leaked.workbook.worksheets.getItem('Clients');
    expect((await rejectionOf(leaked.sync())).code).toBe('InvalidRequestContext');
  });

  it('exposes Excel.ErrorCodes and the enum objects add-ins read at run time', () => {
    const { host } = makeHost();
    expect(host.Excel.ErrorCodes.requestPayloadSizeLimitExceeded).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound');
    expect(host.Excel.ClearApplyTo.formats).toBe('Formats');
    expect(host.Excel.DataValidationType.list).toBe('List');
  });
});
