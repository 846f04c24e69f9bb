import { clientTemplate, type ColumnKey } from '@/domain';

export type ClientCells = Partial<Record<ColumnKey, unknown>>;

/** A valid Swiss client as a sheet would hold it, with overrides. */
export function makeClient(overrides: ClientCells = {}): ClientCells {
  return {
    code: 'CL-000001',
    title: 'Madame',
    lastName: 'Müller',
    firstName: 'Anne',
    company: 'Atelier Müller SA',
    vatNumber: 'CHE-107.787.577 TVA',
    email: 'anne.muller@Example.CH',
    phone: '022 123 45 67',
    mobile: '079 123 45 67',
    address: 'Rue du Lac 12',
    postalCode: 1204,
    city: 'Genève',
    country: 'Suisse',
    nationality: 'suisse',
    practiceCountry: 'CH',
    language: 'français',
    birthDate: '31.12.1985',
    notes: 'Cliente fidèle',
    ...overrides,
  };
}

/** The template's header row (French headers, `*` on required columns). */
export const templateHeaderRow = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));

/** A client as a row under `templateHeaderRow`. */
export function toTemplateRow(client: ClientCells): unknown[] {
  return clientTemplate.map((column) => client[column.key] ?? null);
}
