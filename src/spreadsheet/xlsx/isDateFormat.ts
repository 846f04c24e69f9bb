/** Excel's built-in number formats that show a date (14–22 everywhere, 27–36 and 45–47, 50–58 in East Asian locales). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const QUOTED = /"[^"]*"/g;
const ESCAPED = /\\./g;
const BRACKETS = /\[[^\]]*\]/g;

/** Does this number format show a date (so its cells hold date serials, not plain numbers)? */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_FORMATS.has(numFmtId);
  const firstSection = formatCode.split(';')[0] ?? '';
  const bare = firstSection.replace(QUOTED, '').replace(ESCAPED, '').replace(BRACKETS, '');
  if (/general/i.test(bare)) return false;
  return /[dmyj]/i.test(bare) && !/^[#0.,\s%]*$/.test(bare);
}
