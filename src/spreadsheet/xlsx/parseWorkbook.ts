import { isOfKind, parseRelationships } from './packageRelationships';
import { readAttributes } from './readAttributes';

/** A worksheet of the workbook: its name, its part inside the package, and `hidden` when Excel does not show it (hidden or very hidden). */
export type WorkbookSheet = { name: string; path: string; hidden?: true };
export type Workbook = { sheets: WorkbookSheet[]; date1904: boolean };

const SHEET = /<(?:[\w-]+:)?sheet\b([^>]*?)\/?>/g;
const WORKBOOK_PR = /<(?:[\w-]+:)?workbookPr\b([^>]*?)\/?>/;

/**
 * The workbook part and its relationships → the worksheets in workbook order (part names inside the package,
 * resolved from the workbook part's own folder, `xl/` unless said otherwise) and the date system.
 * Chart sheets and dialog sheets are left out.
 */
export function parseWorkbook(workbookXml: string, relationshipsXml: string, workbookPart = 'xl/workbook.xml'): Workbook {
  const targets = new Map<string, string>();
  for (const relationship of parseRelationships(relationshipsXml, workbookPart)) {
    if (isOfKind(relationship, 'worksheet')) targets.set(relationship.id, relationship.target);
  }
  const sheets: WorkbookSheet[] = [];
  for (const match of workbookXml.matchAll(SHEET)) {
    const attributes = readAttributes(match[1] ?? '');
    const name = attributes.get('name');
    const path = targets.get(attributes.get('id') ?? '');
    if (name === undefined || path === undefined) continue;
    const state = attributes.get('state');
    sheets.push(state === 'hidden' || state === 'veryHidden' ? { name, path, hidden: true } : { name, path });
  }
  const workbookPr = readAttributes(WORKBOOK_PR.exec(workbookXml)?.[1] ?? '');
  const date1904 = ['1', 'true'].includes(workbookPr.get('date1904') ?? '');
  return { sheets, date1904 };
}
