import { columnLetter, anomaliesHeader, describeRowSummary, sheetMessages, type Language } from '@/domain';
import { actionBytes, createdObjectResponseBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import type { MarkEntry } from './MarkEntry';
import type { MarkWriter } from './markWriter';

/** Rows written by one action: a block stays well under a request. */
const blockBytes = 1024 * 1024;

/**
 * A MarkWriter of the "Anomalies" column: `add` takes marks whose messages go in the column, on their row; `queue`
 * puts the header (the first time) and the waiting rows' messages, in blocks of consecutive rows.
 */
export type AnomaliesColumn = MarkWriter & {
  /** The column written, for clearing; null while nothing was. */
  entry: (sheetId: string) => MarkEntry | null;
};

/**
 * A row's text stays about as long as a row of the sheet, so that writing the column costs about what reading the rows
 * did, however many cells are invalid: past this length, the count and the columns alone (each cell's fill, and the
 * pane, tell the rest).
 */
export const maxRowTextLength = 240;

type RowMark = { header: string; text: string };

/** A row's messages ("Header : message | …"), or, when too long, "3 anomalies : Email *, NPA, Pays". */
function rowText(marks: readonly RowMark[], lang: Language): string {
  const full = marks.map((mark) => mark.text).join(' | ');
  if (full.length <= maxRowTextLength) return full;
  const compact = describeRowSummary(
    marks.length,
    marks.map((mark) => mark.header),
    lang,
  );
  return compact.length <= maxRowTextLength ? compact : `${compact.slice(0, maxRowTextLength - 1)}…`;
}

/** Most rows without marks written empty between two marked rows, so that nearby rows go in one block. */
const defaultGapRows = 63;

/**
 * The "Anomalies" column after the last column of the used range (where notes are not supported, or too many cells
 * are invalid for notes): its header on the header row (0-based `headerRow`), then each marked row's messages,
 * text-formatted. `gapRows`: at most that many rows without marks are written empty inside a block (0: only the
 * marked rows are written, the others keep their text).
 */
export function createAnomaliesColumn(
  column: number,
  headerRow: number,
  lastRow: number,
  lang: Language,
  gapRows = defaultGapRows,
): AnomaliesColumn {
  const letter = columnLetter(column);
  const address = `${letter}${headerRow + 1}:${letter}${lastRow + 1}`;
  // Queued once (the entry names it from then on), written once a request carrying it succeeded.
  let headerQueued = false;
  let headerWritten = false;
  const waiting = new Map<number, string>();
  return {
    add: (marks) => {
      // A row's marks all come in one call (a row never spans two chunks): its text is made once, here.
      const byRow = new Map<number, RowMark[]>();
      for (const mark of marks) {
        const texts = sheetMessages[lang];
        const rowMark = { header: mark.header, text: texts.aboutColumn(mark.header, mark.message.replace(/\n/g, texts.reasonSeparator)) };
        const list = byRow.get(mark.row);
        if (list) list.push(rowMark);
        else byRow.set(mark.row, [rowMark]);
      }
      let bytes = 0;
      for (const [row, list] of byRow) {
        const text = rowText(list, lang);
        waiting.set(row, text);
        // UTF-8 and JSON escapes: a little over the characters.
        bytes += Math.ceil(text.length * 1.1) + 8;
      }
      return bytes;
    },
    entry: (sheetId) => (headerQueued ? { sheetId, kind: 'column', addresses: address } : null),
    queue: async (sheet, budget) => {
      const taken = new Map(waiting);
      if (taken.size === 0) return { commit: () => undefined, settled: true };
      if (!headerWritten) {
        headerQueued = true;
        await budget.reserve(400);
        sheet.getRange(address).numberFormat = '@' as unknown as string[][];
        const header = sheet.getRange(`${letter}${headerRow + 1}`);
        header.format.font.bold = true;
        header.values = [[anomaliesHeader]];
      }
      const rows = [...taken.keys()].sort((a, b) => a - b);
      const written: number[] = [];
      let index = 0;
      while (index < rows.length) {
        const start = index;
        const first = rows[index] ?? 0;
        const block: string[][] = [];
        let bytes = 0;
        // Consecutive rows from `first`, the rows without marks in between written empty.
        while (index < rows.length && (block.length === 0 || bytes < blockBytes)) {
          const row = rows[index] ?? 0;
          if (row - first - block.length > gapRows) break;
          while (first + block.length < row) block.push(['']);
          const text = taken.get(row) ?? '';
          block.push([text]);
          bytes += text.length * 2 + 6;
          index += 1;
        }
        // A block that does not fit in this request waits for the next one.
        if (!budget.tryReserve(actionBytes(block, rangeWriteEnvelope), createdObjectResponseBytes)) break;
        for (const row of rows.slice(start, index)) written.push(row);
        sheet.getRange(`${letter}${first + 1}:${letter}${first + block.length}`).values = block;
      }
      return {
        settled: written.length === rows.length,
        commit: () => {
          headerWritten = true;
          for (const row of written) waiting.delete(row);
        },
      };
    },
  };
}
