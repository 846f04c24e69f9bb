import { clientTemplate, LANGUAGE_NAMES_FR, TEMPLATE_EXAMPLE, TITLE_VALUES, versionHeader, type ColumnKey } from '@/domain';

/** Version of the template layout written by insertTemplateSheet; bump it when the layout changes (2: dd.mm.yyyy dates, language names, phone written internationally). */
export const templateVersion = '2';
export const templateTagKey = 'SuiviClients.Template';
/** The hidden sheet holding the dropdown lists (French country names). */
export const listsSheetName = 'SuiviClients_Listes';
/** The number format of every date the add-in writes: dates as a Swiss reader reads them (09.03.1981). */
export const SWISS_DATE_FORMAT = 'dd.mm.yyyy';

export type TemplateSheetColumn = {
  key: ColumnKey;
  /** The French header, with " *" on required columns. */
  header: string;
  required: boolean;
  /** Column width in points. */
  width: number;
  /** "@" (text: leading zeros and "+" survive) or SWISS_DATE_FORMAT; null keeps Excel's General. */
  numberFormat: string | null;
  /** A dropdown: an inline list (under 255 characters) or the countries of the hidden sheet. */
  list: { kind: 'inline'; values: readonly string[] } | { kind: 'countries' } | null;
  /** A value of the example row, as written (text cells are formatted "@" first). */
  example: string | number;
};

const widths: Record<ColumnKey, number> = {
  code: 72,
  title: 54,
  lastName: 100,
  firstName: 90,
  company: 140,
  vatNumber: 120,
  email: 170,
  phone: 96,
  mobile: 96,
  address: 150,
  postalCode: 48,
  city: 90,
  country: 90,
  nationality: 90,
  practiceCountry: 96,
  language: 54,
  birthDate: 84,
  notes: 200,
};

const textColumns: ReadonlySet<ColumnKey> = new Set(['code', 'vatNumber', 'phone', 'mobile', 'postalCode']);
const countryColumns: ReadonlySet<ColumnKey> = new Set(['country', 'nationality', 'practiceCountry']);

const inlineLists: Partial<Record<ColumnKey, readonly string[]>> = {
  title: TITLE_VALUES,
  language: Object.values(LANGUAGE_NAMES_FR),
};

/** The template sheet's columns, in template order. */
export const templateSheetColumns: readonly TemplateSheetColumn[] = clientTemplate.map((column) => ({
  key: column.key,
  header: column.required ? `${column.header} *` : column.header,
  required: column.required,
  width: widths[column.key],
  numberFormat: textColumns.has(column.key) ? '@' : column.key === 'birthDate' ? SWISS_DATE_FORMAT : null,
  list: countryColumns.has(column.key)
    ? { kind: 'countries' }
    : inlineLists[column.key]
      ? { kind: 'inline', values: inlineLists[column.key] ?? [] }
      : null,
  example: TEMPLATE_EXAMPLE[column.key],
}));

/** A sheet column's layout as queueTemplateColumnFormats sets it: a template column's, or one of the add-in's own. */
export type SheetColumnLayout = Pick<TemplateSheetColumn, 'header' | 'required' | 'width' | 'numberFormat'>;

/**
 * The "Version" column that sheets filled from the store carry right after "Code client" (the client's version each row
 * was filled from, sent back by an import): text, so Excel never turns it into a date or a number with separators, and
 * hidden (the add-in's bookkeeping, not the user's data). The template itself has none: its rows are new clients.
 */
export const versionSheetColumn: SheetColumnLayout = { header: versionHeader, required: false, width: 40, numberFormat: '@' };

/** Style of the required headers (the `*` columns): set apart from the table's own header style. */
export const requiredHeaderStyle = { fillColor: '#FCE4D6', fontColor: '#833C0B', bold: true } as const;

/** French input prompts of the required columns (shown by Excel when the cell is selected). */
export const requiredPrompts: Partial<Record<ColumnKey, { title: string; message: string }>> = {
  lastName: { title: 'Nom (obligatoire)', message: 'Nom de famille du client, 100 caractères au plus.' },
  firstName: { title: 'Prénom (obligatoire)', message: 'Prénom du client, 100 caractères au plus.' },
  email: { title: 'Email (obligatoire)', message: 'Adresse e-mail du client, par exemple nom@exemple.ch. Elle doit être unique.' },
};
