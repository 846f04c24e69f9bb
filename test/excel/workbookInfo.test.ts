import { ExcelOperationError } from '@/excel/ExcelOperationError';
import { readActiveSheetSummary } from '@/excel/workbookInfo';
import { createExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

describe('readActiveSheetSummary', () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  function install() {
    const host = createExcelHost();
    uninstall = installExcelHost(host);
    return host;
  }

  it('reads the active sheet name and used range size in exactly one sync', async () => {
    const host = install();
    host.workbook.addSheet('Import');
    host.workbook.addSheet('Clients', [
      ['Nom *', 'Prénom *', 'Email *'],
      ['Favre', 'Sophie', 'sophie.favre@example.ch'],
      ['Rochat', 'Julien', 'julien.rochat@example.ch'],
    ]);
    host.workbook.sheet('Clients').setFormat('A10', { fillColor: '#FFFF00' });
    host.workbook.activeSheetName = 'Clients';
    host.resetStats();

    await expect(readActiveSheetSummary()).resolves.toEqual({ name: 'Clients', usedRows: 3, usedColumns: 3 });
    expect(host.stats.syncs).toBe(1);
  });

  it('gives 0 × 0 for an empty sheet, still in one sync', async () => {
    const host = install();
    host.workbook.addSheet('Feuil1');
    host.resetStats();

    await expect(readActiveSheetSummary()).resolves.toEqual({ name: 'Feuil1', usedRows: 0, usedColumns: 0 });
    expect(host.stats.syncs).toBe(1);
  });

  it('fails with not_in_excel when there is no Excel', async () => {
    await expect(readActiveSheetSummary()).rejects.toEqual(new ExcelOperationError('not_in_excel'));
  });
});
