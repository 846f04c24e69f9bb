import './browserEntry';
import type { createExcelHost } from './createExcelHost';

describe('browserEntry', () => {
  it('installs a host with the demo sheet "Clients" on the global object', async () => {
    const host = (globalThis as { __excelHost?: ReturnType<typeof createExcelHost> }).__excelHost;
    expect(host?.workbook.activeSheetName).toBe('Clients');
    const sheet = host?.workbook.sheet('Clients');
    expect(sheet?.getValues('A1:G1')).toEqual([['Code client', 'Civilité', 'Nom *', 'Prénom *', 'Société', 'N° TVA / IDE', 'Email *']]);
    expect(sheet?.cell('A1').fontBold).toBe(true);
    expect(sheet?.cell('Q2').text).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(sheet?.usedRangeAddress()).toBe('Clients!A1:R6');
    const name = await (globalThis as unknown as { Excel: ReturnType<typeof createExcelHost>['Excel'] }).Excel.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return active.name;
    });
    expect(name).toBe('Clients');
  });
});
