import { detectChangeEvents, detectExcelFeatures } from '@/excel/excelFeatures';
import { createExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

describe('detectExcelFeatures', () => {
  it.each([
    ['1.9', { sheetCustomProperties: false, insertWorksheetsFromBase64: false, notes: false, mergeUndoGroup: false }],
    ['1.12', { sheetCustomProperties: true, insertWorksheetsFromBase64: false, notes: false, mergeUndoGroup: false }],
    ['1.17', { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: false, mergeUndoGroup: false }],
    ['1.18', { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: true, mergeUndoGroup: false }],
    ['1.20', { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: true, mergeUndoGroup: true }],
  ])('ExcelApi %s', (version, expected) => {
    const uninstall = installExcelHost(createExcelHost({ apiSets: { ExcelApi: version } }));
    try {
      expect(detectExcelFeatures()).toEqual(expected);
    } finally {
      uninstall();
    }
  });

  it('says nothing is supported outside Office', () => {
    expect(Object.values(detectExcelFeatures()).some(Boolean)).toBe(false);
  });

  it.each([
    ['1.6', { changeEvents: false, changeTriggerSource: false }],
    ['1.7', { changeEvents: true, changeTriggerSource: false }],
    ['1.14', { changeEvents: true, changeTriggerSource: true }],
  ])('change events with ExcelApi %s', (version, expected) => {
    const uninstall = installExcelHost(createExcelHost({ apiSets: { ExcelApi: version } }));
    try {
      expect(detectChangeEvents()).toEqual(expected);
    } finally {
      uninstall();
    }
    expect(detectChangeEvents()).toEqual({ changeEvents: false, changeTriggerSource: false });
  });
});
