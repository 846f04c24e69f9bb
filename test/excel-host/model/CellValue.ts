/** What a cell holds, as Range.values returns it (an empty cell reads as ""). */
export type CellValue = string | number | boolean;

/** Formats the host keeps per cell; absent = Excel's default. */
export type CellFormat = {
  numberFormat?: string;
  fillColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
};

/** One cell as a test (or the preview grid) sees it. */
export type CellSnapshot = {
  value: CellValue | '';
  text: string;
  formula: string | null;
  numberFormat: string;
  fillColor: string | null;
  fontBold: boolean;
  fontItalic: boolean;
  fontColor: string;
};

export const defaultNumberFormat = 'General';
export const defaultFontColor = '#000000';
/** Range.format.fill.color of a cell without fill. */
export const noFillColor = '#FFFFFF';
