import { createRibbonCommands } from '../../src/commands/ribbonCommands';
import { ExcelOperationError } from '../../src/excel/ExcelOperationError';
import { excelGateway } from '../../src/excel/excelGateway';
import { createExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

describe('ribbon commands', () => {
  it('call the pane\'s named operations on the real workbook, then tell Office they are done', async () => {
    const host = createExcelHost({ apiSets: { ExcelApi: '1.18' } });
    host.workbook.addSheet('Feuil1');
    const uninstall = installExcelHost(host);
    try {
      const commands = createRibbonCommands({ excel: excelGateway, language: () => 'fr', homeCountry: async () => 'CH' });
      const completed: string[] = [];
      await commands.insertTemplate({ completed: () => completed.push('insert') });
      expect(host.workbook.activeSheetName).toBe('Clients');
      host.workbook.sheet('Clients').setValues([['', 'Mme', 'Favre', 'Sophie', '', '', 'pas-un-email']], 'A3');
      await commands.validateSheet({ completed: () => completed.push('validate') });
      expect(completed).toEqual(['insert', 'validate']);
      expect(host.workbook.sheet('Clients').cell('G3').fillColor).toBe('#FFC7CE');
      expect(host.workbook.sheet('Clients').note('G3')).not.toBeNull();
    } finally {
      uninstall();
    }
  });

  it('tells Office the command is done even when the operation fails', async () => {
    const failing = {
      insertTemplateSheet: () => Promise.reject(new ExcelOperationError('access_denied')),
      validateActiveSheet: () => Promise.reject(new ExcelOperationError('busy')),
    };
    const commands = createRibbonCommands({ excel: failing, language: () => 'fr', homeCountry: async () => 'FR' });
    let completed = 0;
    await expect(commands.insertTemplate({ completed: () => (completed += 1) })).rejects.toMatchObject({ code: 'access_denied' });
    await expect(commands.validateSheet({ completed: () => (completed += 1) })).rejects.toMatchObject({ code: 'busy' });
    expect(completed).toBe(2);
  });
});
