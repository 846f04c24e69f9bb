// The workbook operations of the Importer tab and the ribbon, in one module so the pane loads them (and the
// template engine they use) on demand: excelGateway imports this file with import().
export { clearMarks } from './marks/clearMarks';
export { selectCell } from './marks/selectCell';
export { validateActiveSheet } from './marks/validateActiveSheet';
export { watchSheetValidation } from './marks/watchSheetValidation';
export { addMissingColumns } from './template/addMissingColumns';
export { insertTemplateSheet } from './template/insertTemplateSheet';
export { writeClientsToSheet } from './template/writeClientsToSheet';
export { findStatusColumn, writeImportResults } from './imports/writeImportResults';
export { importFileAsSheet } from './files/importFileAsSheet';
export { applyValueFixes } from './values/applyValueFixes';
export { readRowFingerprints, recordRowFingerprints } from './imports/fingerprintStore';
export { refreshSheetFromStore } from './refresh/refreshSheetFromStore';
