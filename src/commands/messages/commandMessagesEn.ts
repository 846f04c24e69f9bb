import { anomaliesHeader } from '../../domain/messages/sheetTexts';
import type { CommandMessages } from './commandMessagesFr';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const commandMessagesEn: CommandMessages = {
  insertTemplateTitle: 'Insert template',
  insertTemplateFailed: (reason: string) => `The template was not inserted. ${reason}`,
  validateTitle: 'Validate sheet',
  validateFailed: (reason: string) => `The validation did not finish. ${reason}`,
  sheet: (sheetName: string) => `Sheet “${sheetName}”.`,
  noHeader: 'No header row found in the first 20 rows: insert the template or add the headers, then validate again.',
  noRows: 'No client rows below the header row.',
  rows: (rows: number, validRows: number) => `${plural(rows, 'data row', 'data rows')}, ${validRows} valid.`,
  missingColumns: (headers: string[]) => `Missing required columns: ${headers.join(', ')}.`,
  markedNotes: (cells: number) => `${plural(cells, 'cell marked', 'cells marked')}: each cell's note gives the reason.`,
  markedColumn: (cells: number) => `${plural(cells, 'cell marked', 'cells marked')}: the reasons are in the “${anomaliesHeader}” column.`,
  tooManyForNotes: 'Too many for notes.',
  withoutNote: (cells: number) =>
    cells === 1
      ? 'One of these cells already had a note of its own: only its colour shows it.'
      : `${cells} of these cells already had a note of their own: only their colour shows them.`,
  noIssues: 'No issues.',
  openPane: 'Open Suivi Clients (Import tab) for the detailed list.',
};
