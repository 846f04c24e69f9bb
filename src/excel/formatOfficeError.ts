import type { ExcelErrorCode } from './excelErrorCode';
import type { Language } from '@/domain';
import { toExcelOperationError } from './toExcelOperationError';

const fr: Record<ExcelErrorCode, string> = {
  not_in_excel: "Cette action n'est disponible que dans Excel.",
  api_not_supported: "Cette version d'Excel ne permet pas cette action. Mettez Excel à jour.",
  item_not_found: "La feuille ou la plage demandée n'existe plus.",
  item_already_exists: 'Une feuille de ce nom existe déjà.',
  invalid_argument: "Excel n'a pas accepté cette adresse ou cette valeur.",
  request_too_large: "Trop de données à envoyer à Excel en une fois. L'opération doit être découpée.",
  response_too_large: "Trop de données à lire dans Excel en une fois. L'opération doit être découpée.",
  range_too_large: 'La plage est trop grande pour être lue en une fois.',
  access_denied: 'Excel a refusé la modification : la feuille ou le classeur est peut-être protégé.',
  cell_edit_mode: 'Terminez la saisie en cours dans Excel (Entrée ou Échap), puis réessayez.',
  busy: 'Excel est occupé. Réessayez dans un instant.',
  conflict: "Quelqu'un d'autre modifie cette partie du classeur. Réessayez dans un instant.",
  undo_not_supported:
    "Excel n'a pas pu inscrire cette action dans son historique d'annulation. Réessayez ; si cela se répète, mettez Excel à jour.",
  not_allowed_now: "Excel n'autorise pas cette action dans l'état actuel du classeur. Réessayez dans un instant.",
  dialog_open: 'Une boîte de dialogue est ouverte dans Excel : fermez-la, puis réessayez.',
  unknown: "Excel n'a pas pu terminer l'opération. Réessayez.",
};

const en: typeof fr = {
  not_in_excel: 'This action is only available in Excel.',
  api_not_supported: "This version of Excel doesn't support this action. Update Excel.",
  item_not_found: 'The sheet or range no longer exists.',
  item_already_exists: 'A sheet with this name already exists.',
  invalid_argument: "Excel didn't accept this address or value.",
  request_too_large: 'Too much data to send to Excel at once. The operation must be split.',
  response_too_large: 'Too much data to read from Excel at once. The operation must be split.',
  range_too_large: 'The range is too large to be read at once.',
  access_denied: 'Excel refused the change: the sheet or workbook may be protected.',
  cell_edit_mode: 'Finish editing the cell in Excel (Enter or Esc), then try again.',
  busy: 'Excel is busy. Try again in a moment.',
  conflict: 'Someone else is editing this part of the workbook. Try again in a moment.',
  undo_not_supported: "Excel couldn't record this action in its undo history. Try again; if it happens again, update Excel.",
  not_allowed_now: "Excel doesn't allow this action in the workbook's current state. Try again in a moment.",
  dialog_open: 'A dialog is open in Excel: close it, then try again.',
  unknown: "Excel couldn't finish the operation. Try again.",
};

/** The text to show for an error of an Excel operation (never Office's own message). */
export function formatOfficeError(error: unknown, lang: Language): string {
  return { fr, en }[lang][toExcelOperationError(error).code];
}
