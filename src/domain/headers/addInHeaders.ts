import { anomaliesHeader, importStatusHeader, versionHeader } from '../messages/sheetTexts';
import { foldText } from '../text/foldText';

/** The headers of the columns the add-in writes into a sheet (the same in every language), folded. */
const ADD_IN_HEADERS: ReadonlySet<string> = new Set([anomaliesHeader, importStatusHeader, versionHeader].map((header) => foldText(header)));

/**
 * Whether `header` is one of the add-in's own columns: "Statut import" (written back by an import), "Version" (the
 * client's version the row was filled from) or "Anomalies" (the messages when notes cannot hold them), whatever the case and spacing. Such a column is never client data: the
 * header engine lists it apart, the mapping step does not offer it, a remembered mapping's signature leaves it out.
 */
export function isAddInHeader(header: string): boolean {
  return ADD_IN_HEADERS.has(foldText(header));
}
