import { readAttributes } from './readAttributes';

export type WorkbookSheet = { name: string; path: string };
export type Workbook = { sheets: WorkbookSheet[]; date1904: boolean };

const SHEET = /<(?:[\w-]+:)?sheet\b([^>]*?)\/?>/g;
const RELATIONSHIP = /<(?:[\w-]+:)?Relationship\b([^>]*?)\/?>/g;
const WORKBOOK_PR = /<(?:[\w-]+:)?workbookPr\b([^>]*?)\/?>/;

/** `xl/workbook.xml` and its relationships → the worksheets in workbook order (paths inside the zip) and the date system. */
export function parseWorkbook(workbookXml: string, relationshipsXml: string): Workbook {
  const targets = new Map<string, string>();
  for (const match of relationshipsXml.matchAll(RELATIONSHIP)) {
    const attributes = readAttributes(match[1] ?? '');
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    const type = attributes.get('Type') ?? '';
    if (id !== undefined && target !== undefined && /\/worksheet$/.test(type)) targets.set(id, resolveTarget(target));
  }
  const sheets: WorkbookSheet[] = [];
  for (const match of workbookXml.matchAll(SHEET)) {
    const attributes = readAttributes(match[1] ?? '');
    const name = attributes.get('name');
    const path = targets.get(attributes.get('id') ?? '');
    if (name !== undefined && path !== undefined) sheets.push({ name, path });
  }
  const workbookPr = readAttributes(WORKBOOK_PR.exec(workbookXml)?.[1] ?? '');
  const date1904 = ['1', 'true'].includes(workbookPr.get('date1904') ?? '');
  return { sheets, date1904 };
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
