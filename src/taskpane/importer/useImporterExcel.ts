import type { ExcelGateway } from '@/excel/excelGateway';
import { usePaneServices } from '../services/PaneServicesContext';

/** The Excel operations of the Importer tab. */
export type ImporterExcel = Pick<
  ExcelGateway,
  | 'insertTemplateSheet'
  | 'validateActiveSheet'
  | 'clearMarks'
  | 'selectCell'
  | 'addMissingColumns'
  | 'writeImportResults'
  | 'importFileAsSheet'
  | 'applyValueFixes'
  | 'readRowFingerprints'
  | 'recordRowFingerprints'
  | 'liveValidation'
>;

/** The pane's Excel operations for the Importer tab (src/excel's in the add-in, fakes in tests). */
export function useImporterExcel(): ImporterExcel {
  return usePaneServices().excel;
}
