/** What a cell holds, as Range.values returns it (an empty cell reads as ""). */
export type CellValue = string | number | boolean;

/** Formats the host keeps per cell; absent = Excel's default. */
export type CellFormat = {
  numberFormat?: string;
  fillColor?: string;
  /** Set only for a pattern other than Solid (a fill without it is Solid). */
  fillPattern?: string;
  fillPatternColor?: string;
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
  /** 'None' without fill, 'Solid', or the pattern's name. */
  fillPattern: string;
  fillPatternColor: string | null;
  fontBold: boolean;
  fontItalic: boolean;
  fontColor: string;
};

export const defaultNumberFormat = 'General';
export const defaultFontColor = '#000000';
/** Range.format.fill.patternColor of a cell without a pattern colour of its own. */
export const defaultPatternColor = '#000000';
/** Range.format.fill.color of a cell without fill. */
export const noFillColor = '#FFFFFF';
