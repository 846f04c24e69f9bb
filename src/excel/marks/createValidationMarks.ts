import { cellKeyOfAddress, describeCommentedCell, splitAddressList, type Language } from '@/domain';
import { chunkAddressList } from '../ranges/chunkAddressList';
import type { CellMark } from './CellMark';
import { createAnomaliesColumn, type AnomaliesColumn } from './createAnomaliesColumn';
import { createFillMarks } from './createFillMarks';
import { createNoteMarks, type NoteMarks } from './createNoteMarks';
import type { MarkEntry } from './MarkEntry';
import { queueMarkWriters, type MarkWriter } from './markWriter';

export type MarkMode = 'notes' | 'column';

/**
 * Marked cells; `withoutNote` cells already held a note of their own, so only their fill tells; `tooManyForNotes`:
 * notes were possible but there were more than `maxNotes` cells, so the messages are in the "Anomalies" column.
 */
export type MarkSummary = {
  cells: number;
  mode: MarkMode;
  withoutNote: number;
  tooManyForNotes: boolean;
  /** Marked cells holding a threaded comment (no note can go there): their messages are in the "Anomalies" column. */
  withComment: number;
};

export type ValidationMarksOptions = {
  /** How many notes the sheet holds; null without the notes API (the messages go in the column). */
  noteCount: number | null;
  /** How many threaded comments the sheet holds. */
  commentCount?: number;
  /** The notes an earlier validation added to this sheet, as mark entries. */
  earlierNotes: readonly MarkEntry[];
  /**
   * Where the "Anomalies" column goes (0-based), null when the sheet has no header row to put it on; `onlyMarkedRows`:
   * its cells are written on the marked rows only (a re-validation of some rows: the other rows keep their text).
   */
  anomaliesColumn: { column: number; headerRow: number; lastRow: number; onlyMarkedRows?: boolean } | null;
  lang: Language;
  /** Most cells marked with a note; beyond, every message goes in the "Anomalies" column. */
  maxNotes: number;
  /** Rows of the used range: the marks of the rows read so far tell how many the whole sheet will have. */
  rowCount: number;
};

/** A validation's marks: each invalid cell's fill, and its message in a note or in the "Anomalies" column. */
export type ValidationMarks = Pick<MarkWriter, 'queue'> & {
  /** A chunk's marks (`ownFill` as FillMarks takes it), once `rowsRead` rows of the used range are read. */
  add: (marks: readonly CellMark[], ownFill: string | null, rowsRead: number) => void;
  /** Request bytes the marks added so far take (fills, then messages): a chunk's marks should fit in one request. */
  requestBytes: () => number;
  /** The request carrying our note changes failed (see NoteMarks). */
  lost: () => void;
  /** What "Effacer les marques" needs to undo the marks (without the notes API, the earlier notes stay listed). */
  entries: (sheetId: string) => MarkEntry[];
  summary: () => MarkSummary;
};

/**
 * The fills, plus the notes where the notes API is present, else the "Anomalies" column; when the marks pass
 * `maxNotes` (or are about to, at the rate of the rows read so far), every message moves to the column.
 */
export function createValidationMarks(options: ValidationMarksOptions): ValidationMarks {
  const { anomaliesColumn: place, earlierNotes, lang, maxNotes, rowCount } = options;
  const fills = createFillMarks();
  const previousNotes = new Set(earlierNotes.flatMap((entry) => splitAddressList(entry.addresses).map(cellKeyOfAddress)));
  const notes = options.noteCount === null ? null : createNoteMarks(options.noteCount, previousNotes, options.commentCount ?? 0);
  const newColumn = () =>
    place === null ? null : createAnomaliesColumn(place.column, place.headerRow, place.lastRow, lang, place.onlyMarkedRows ? 0 : undefined);
  let column: AnomaliesColumn | null = notes === null ? newColumn() : null;
  // Every message goes in the column (no notes API, or too many cells): else the column holds only commented cells'.
  let allInColumn = notes === null;
  let withComment = 0;
  // Every mark so far while they go in notes, to move them to the column should there be too many.
  const inNotes: CellMark[] = [];
  let cells = 0;
  let fillBytes = 0;
  let messageBytes = 0;
  return {
    add: (marks, ownFill, rowsRead) => {
      cells += marks.length;
      fillBytes += fills.add(marks, ownFill);
      // As many invalid cells in the rest of the sheet as in the rows read so far: a good guess from the first rows on.
      const projected = (cells / Math.max(1, rowsRead)) * rowCount;
      if (notes !== null && !allInColumn && (cells > maxNotes || projected > maxNotes)) {
        // Too many for notes (or about to be): every message goes in the column, and the notes added so far go.
        allInColumn = true;
        column ??= newColumn();
        notes.abandon();
        for (const mark of marks) inNotes.push(mark);
        messageBytes = column?.add(inNotes) ?? 0;
        inNotes.length = 0;
      } else if (allInColumn) messageBytes += column?.add(marks) ?? 0;
      else if (notes !== null) {
        messageBytes += notes.add(marks);
        for (const mark of marks) inNotes.push(mark);
      }
    },
    requestBytes: () => fillBytes + messageBytes,
    // The notes, even abandoned, still delete what they added.
    queue: (sheet, budget, allRead) => {
      // Marks on cells with a threaded comment, set aside by the notes: their messages go in the column, saying why.
      const commented = allInColumn ? [] : (notes?.takeCommented() ?? []);
      if (commented.length > 0) {
        withComment += commented.length;
        column ??= newColumn();
        column?.add(commented.map((mark) => ({ ...mark, message: describeCommentedCell(mark.message, lang) })));
      }
      return queueMarkWriters([fills, ...(notes ? [notes] : []), ...(column ? [column] : [])], sheet, budget, allRead);
    },
    lost: () => notes?.lost(),
    entries: (sheetId) => {
      const keptNotes = notes === null ? earlierNotes : noteEntries(sheetId, notes);
      const columnEntry = column?.entry(sheetId);
      return [...fills.entries(sheetId), ...keptNotes, ...(columnEntry ? [columnEntry] : [])];
    },
    summary: () => ({
      cells,
      mode: allInColumn ? 'column' : 'notes',
      withoutNote: notes?.withoutNote() ?? 0,
      tooManyForNotes: notes !== null && allInColumn,
      withComment,
    }),
  };
}

/** The cells that received a note, as address lists (one cell per area, as clearing reads them back). */
function noteEntries(sheetId: string, notes: NoteMarks): MarkEntry[] {
  const cells = notes.noted().map((cell) => ({ ...cell, rowCount: 1, columnCount: 1 }));
  return chunkAddressList(cells).map((chunk) => ({ sheetId, kind: 'note' as const, addresses: chunk.address }));
}
