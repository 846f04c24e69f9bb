import { formatRectAddress } from '../address/formatRangeAddress';
import { compareVersions } from '../compareVersions';
import type { CellValue } from '../model/CellValue';
import type { CellChange } from '../model/WorkbookModel';

/** Worksheet.onChanged's event type as office.js numbers it (GenericEventHandlers' eventType). */
export const worksheetChangedEventType = 10;

type ValueType = 'Empty' | 'Double' | 'Boolean' | 'String';

/**
 * What Excel sends for a Worksheet.onChanged event (the message office.js turns into WorksheetChangedEventArgs): the
 * changed area's address without the sheet ("B2", "A2:K10001"), `source` Local for every change made in this
 * workbook's window (the user's and the add-in's alike), the single cell's value before and after, and from ExcelApi 1.14
 * `triggerSource`: ThisLocalAddin when this add-in's own request made the change, else Unknown.
 */
export type WorksheetChangedMessage = {
  type: 'WorksheetChanged';
  changeType: CellChange['changeType'];
  source: 'Local';
  worksheetId: string;
  address: string;
  valueBefore?: CellValue | '';
  valueAfter?: CellValue | '';
  valueTypeBefore?: ValueType;
  valueTypeAfter?: ValueType;
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
};

function valueType(value: CellValue | ''): ValueType {
  if (value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

export function worksheetChangedMessage(change: CellChange, excelApi: string | undefined): WorksheetChangedMessage {
  const message: WorksheetChangedMessage = {
    type: 'WorksheetChanged',
    changeType: change.changeType,
    source: 'Local',
    worksheetId: change.sheetId,
    address: formatRectAddress(change.rect),
  };
  if (change.details) {
    message.valueBefore = change.details.valueBefore;
    message.valueAfter = change.details.valueAfter;
    message.valueTypeBefore = valueType(change.details.valueBefore);
    message.valueTypeAfter = valueType(change.details.valueAfter);
  }
  if (excelApi === undefined || compareVersions('1.14', excelApi) <= 0) {
    message.triggerSource = change.origin === 'addIn' ? 'ThisLocalAddin' : 'Unknown';
  }
  return message;
}

/** The model's own proxies: the WorksheetChangedEventArgs office.js makes of the message (Worksheet_Changed_EventArgsTransform). */
export function worksheetChangedEventArgs(message: WorksheetChangedMessage) {
  const { valueBefore, valueAfter, valueTypeBefore, valueTypeAfter, ...rest } = message;
  const details =
    valueBefore !== undefined || valueAfter !== undefined ? { valueBefore, valueAfter, valueTypeBefore, valueTypeAfter } : undefined;
  return { ...rest, details };
}
