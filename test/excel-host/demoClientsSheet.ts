import type { WorkbookModel } from './model/WorkbookModel';

/** The template's French headers (DESIGN.md §2), in template order. */
export const demoClientHeaders = [
  'Code client', 'Civilité', 'Nom *', 'Prénom *', 'Société', 'N° TVA / IDE', 'Email *', 'Téléphone', 'Mobile',
  'Adresse', 'NPA', 'Localité', 'Pays', 'Nationalité', "Pays d'exercice", 'Langue', 'Date de naissance', 'Notes',
];

/**
 * A few fictional Swiss clients (and one French), stored as Excel stores typed input: postal codes and birth
 * dates (Excel serials, shown dd.mm.yyyy) are numbers, phone numbers with spaces are text.
 */
export const demoClientRows: unknown[][] = [
  ['', 'Mme', 'Favre', 'Sophie', 'Favre Architecture Sàrl', 'CHE-123.456.788 TVA', 'sophie.favre@example.ch', '022 310 45 67', '079 412 33 21', 'Rue du Rhône 12', 1204, 'Genève', 'CH', 'CH', 'CH', 'fr', 29_655, ''],
  ['', 'M.', 'Rochat', 'Julien', '', '', 'julien.rochat@example.ch', '021 654 78 90', '', 'Avenue de la Gare 5', 1003, 'Lausanne', 'Suisse', 'suisse', '', 'français', 31_851, 'Client depuis 2019'],
  ['', 'Herr', 'Müller', 'Thomas', 'Müller Treuhand AG', 'CHE-109.322.551 MWST', 'thomas.mueller@example.ch', '044 221 10 10', '', 'Bahnhofstrasse 40', 8001, 'Zürich', 'CH', 'Schweizer', 'CH', 'de', 27_210, ''],
  ['', 'Mme', 'Bernasconi', 'Chiara', '', '', 'chiara.bernasconi@example.ch', '', '076 555 12 34', 'Via Nassa 3', 6900, 'Lugano', 'CH', 'CH', 'CH', 'it', 33_970, ''],
  ['', 'M.', 'Dupont', 'Pierre', 'Dupont Conseil', '', 'pierre.dupont@example.fr', '', '06 12 34 56 78', '8 rue de la République', 74100, 'Annemasse', 'France', 'française', 'CH', 'fr', 25_404, 'Frontalier'],
];

/** Adds the demo sheet "Clients" (active, header in bold, birth dates as dd.mm.yyyy). */
export function addDemoClientsSheet(workbook: WorkbookModel): void {
  const sheet = workbook.addSheet('Clients', [demoClientHeaders, ...demoClientRows]);
  sheet.setFormat('A1:R1', { fontBold: true });
  sheet.setFormat(`Q2:Q${demoClientRows.length + 1}`, { numberFormat: 'dd.mm.yyyy' });
  workbook.activeSheetName = 'Clients';
}
