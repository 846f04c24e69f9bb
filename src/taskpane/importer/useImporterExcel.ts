import { excelGateway, type ExcelGateway } from '../../excel/excelGateway';
import { usePaneServices } from '../services/PaneServicesContext';

/** The Excel operations of the Importer tab. */
export type ImporterExcel = Pick<ExcelGateway, 'insertTemplateSheet' | 'validateActiveSheet' | 'clearMarks' | 'selectCell' | 'addMissingColumns'>;

const operations = ['insertTemplateSheet', 'validateActiveSheet', 'clearMarks', 'selectCell', 'addMissingColumns'] as const;

function isImporterExcel(excel: object): excel is ImporterExcel {
  return operations.every((name) => typeof (excel as Record<string, unknown>)[name] === 'function');
}

/** The pane's `excel` service when it carries the importer's operations (tests pass fakes), else src/excel's. */
export function useImporterExcel(): ImporterExcel {
  const { excel } = usePaneServices();
  return isImporterExcel(excel) ? excel : excelGateway;
}
