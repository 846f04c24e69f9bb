import { cellAddress, cellKey, parseCellKey, type CellPosition } from '@/domain';
import type { CellMark } from './CellMark';
import type { SyncBudget } from '../requests/createSyncBudget';
import {
  actionBytes,
  createCallEnvelope,
  createdObjectResponseBytes,
  itemCallEnvelope,
  itemSetEnvelope,
  smallLoadResponseBytes,
} from '../requests/requestBytes';
import type { MarkWriter } from './markWriter';
import { queueCommentLocations, queueNoteLocations } from './readNoteLocations';

/**
 * A MarkWriter of notes: `add` takes marks whose message goes in a note. `queue` puts what can be done now: find where
 * the sheet's notes sit (once, and again after a failed request), then one note per waiting mark (the text of a note of
 * ours already there is replaced), skipping cells that hold a note of the user's own; once every row is read
 * (`allRead`), the notes an earlier validation added on cells now valid are deleted.
 */
export type NoteMarks = MarkWriter & {
  /** Messages go elsewhere after all: no more notes are added, and those added so far are deleted with the earlier ones. */
  abandon: () => void;
  /** The request carrying our note changes failed: which of them Excel applied is unknown, so notes are located again. */
  lost: () => void;
  /** Cells that received a note. */
  noted: () => CellPosition[];
  /** Marked cells that kept the user's own note (only their fill tells). */
  withoutNote: () => number;
  /**
   * The marks set aside since the last call because their cell holds a threaded comment (a cell cannot hold both):
   * their messages go elsewhere (the "Anomalies" column).
   */
  takeCommented: () => CellMark[];
};

/** A notes.add (or a content set) in the request. */
const noteBytes = (mark: CellMark, envelope = createCallEnvelope) =>
  actionBytes([cellAddress(mark.row, mark.column), mark.message], envelope);

type Locations = { kind: 'count' } | { kind: 'locating'; count: number } | { kind: 'known'; cells: Set<string> };

/**
 * Notes of a validation: `noteCount` is the sheet's number of notes read with the sheet (0: nothing to locate);
 * `previous` are the "row,column" keys of the notes an earlier validation added; `commentCount` the sheet's number of
 * threaded comments (located with the notes: no note can go on their cells).
 */
export function createNoteMarks(noteCount: number, previous: ReadonlySet<string>, commentCount = 0): NoteMarks {
  let locations: Locations =
    noteCount === 0 && commentCount === 0 ? { kind: 'known', cells: new Set() } : { kind: 'locating', count: noteCount };
  let commentCells: Set<string> | null = commentCount === 0 ? new Set() : null;
  let commented: CellMark[] = [];
  let userNotes: Set<string> | null = noteCount === 0 ? new Set() : null;
  const toDelete = new Set(previous);
  let waiting: CellMark[] = [];
  const noted = new Map<string, CellPosition>();
  const kept = new Set<string>();

  const queueLocate = async (sheet: Excel.Worksheet, budget: SyncBudget) => {
    if (locations.kind === 'count') {
      await budget.reserve(200, smallLoadResponseBytes);
      const count = sheet.notes.getCount();
      return () => {
        locations = { kind: 'locating', count: count.value };
      };
    }
    const keys = await queueNoteLocations(sheet, locations.kind === 'locating' ? locations.count : 0, budget);
    const comments = commentCells === null ? await queueCommentLocations(sheet, commentCount, budget) : null;
    return () => {
      if (comments !== null) commentCells = comments();
      const cells = keys();
      // The user's own notes: those there before this validation touched any note.
      userNotes ??= new Set([...cells].filter((cell) => !previous.has(cell)));
      locations = { kind: 'known', cells };
    };
  };

  return {
    add: (marks) => {
      let bytes = 0;
      for (const mark of marks) {
        waiting.push(mark);
        bytes += noteBytes(mark);
      }
      return bytes;
    },
    abandon: () => {
      waiting = [];
      for (const key of noted.keys()) toDelete.add(key);
      noted.clear();
      kept.clear();
    },
    lost: () => {
      if (locations.kind === 'known') locations = { kind: 'count' };
    },
    noted: () => [...noted.values()],
    withoutNote: () => kept.size,
    takeCommented: () => {
      const taken = commented;
      commented = [];
      return taken;
    },
    queue: async (sheet, budget, allRead) => {
      if (locations.kind !== 'known') {
        const commit = await queueLocate(sheet, budget);
        return { commit, settled: false };
      }
      const existing = locations.cells;
      const own = userNotes ?? new Set<string>();
      const withComment = commentCells ?? new Set<string>();
      let taken = 0;
      const added: string[] = [];
      const setAside: CellMark[] = [];
      for (const mark of waiting) {
        const key = cellKey(mark);
        if (withComment.has(key)) {
          setAside.push(mark);
          taken += 1;
          continue;
        }
        if (own.has(key)) {
          kept.add(key);
          taken += 1;
          continue;
        }
        // What does not fit in this request waits for the next one.
        if (!budget.tryReserve(noteBytes(mark, existing.has(key) ? itemSetEnvelope : createCallEnvelope), createdObjectResponseBytes))
          break;
        const address = cellAddress(mark.row, mark.column);
        // A note of ours already there (from the earlier validation, or applied by a request that failed) gets its text.
        if (existing.has(key)) sheet.notes.getItem(address).content = mark.message;
        else sheet.notes.add(address, mark.message);
        noted.set(key, { row: mark.row, column: mark.column });
        added.push(key);
        taken += 1;
      }
      // Once every row is read and every note added: the earlier notes on cells now valid go.
      const deleted: string[] = [];
      let deletesDone = false;
      if (allRead && taken === waiting.length) {
        deletesDone = true;
        for (const key of toDelete) {
          if (!existing.has(key) || noted.has(key)) continue;
          const { row, column } = parseCellKey(key);
          const address = cellAddress(row, column);
          if (!budget.tryReserve(actionBytes(address, itemCallEnvelope), createdObjectResponseBytes)) {
            deletesDone = false;
            break;
          }
          sheet.notes.getItem(address).delete();
          deleted.push(key);
        }
      }
      return {
        // Marks set aside for a comment still have to reach the column: one more request.
        settled: deletesDone && setAside.length === 0,
        commit: () => {
          commented.push(...setAside);
          for (const key of added) existing.add(key);
          for (const key of deleted) existing.delete(key);
          waiting = waiting.slice(taken);
        },
      };
    },
  };
}
