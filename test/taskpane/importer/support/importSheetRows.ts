import { clientTemplate, formatSheetDay } from '@/domain';

/** The template's headers as a sheet shows them (`*` on required ones). */
export const templateHeaders = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));

/** A valid client row in template order, numbered `n` (email `client<n>@example.ch` unless given). */
export const clientRow = (n: number, email = `client${n}@example.ch`) => [
  '',
  'Mme',
  `Nom${n}`,
  'Anne',
  '',
  '',
  email,
  '',
  '',
  '',
  '1204',
  'Genève',
  'CH',
  'CH',
  'CH',
  'fr',
  '',
  '',
];

/** Today as the "Statut import" column writes it. */
export const importDate = formatSheetDay(new Date(), 'fr');

/** How long these whole-pane tests wait for the import to show (a busy machine is slow). */
export const WAIT = { timeout: 15_000 };
