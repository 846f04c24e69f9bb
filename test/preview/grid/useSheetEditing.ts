import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, useEffect, useRef, useState } from 'react';
import type { SheetModel } from '../../excel-host/model/SheetModel';
import type { WorkbookModel } from '../../excel-host/model/WorkbookModel';
import { cellInputText } from '../../excel-host/model/writeCellInput';
import {
  type CellPosition,
  extendSelection,
  type GridArea,
  type GridKey,
  type GridSelection,
  moveSelection,
  selectCell,
  selectionOfRect,
  selectionRect,
} from './moveSelection';
import { parseTsv } from './parseTsv';

/**
 * Excel's two modes: selecting cells, or editing one. `entry` is how the edit began: typing a character replaces the
 * content and arrows commit ("Entrer" in Excel's status bar); F2 or a double-click keeps it and arrows move the caret
 * ("Modifier").
 */
export type EditState = { mode: 'selecting' } | { mode: 'editing'; cell: CellPosition; draft: string; entry: 'replace' | 'keep' };

const selecting: EditState = { mode: 'selecting' };

/** The selection the workbook holds for this sheet (A1 when it holds none here). */
export function sheetSelection(workbook: WorkbookModel, sheet: SheetModel): GridSelection {
  const selected = workbook.selection;
  if (!selected || selected.sheetId !== sheet.id) return selectCell({ row: 0, column: 0 });
  return selectionOfRect(selected.rect, selected.activeCell);
}

const isArrow = (key: string) => key.startsWith('Arrow');

/**
 * The grid's editing as in Excel: click, Shift+click and keys select (the selection is the workbook's, so the add-in
 * reads it), typing / F2 / double-click edit, Enter / Tab commit and move, Escape cancels, Delete clears, a paste
 * writes Excel's clipboard text from the active cell, Ctrl+Z undoes. Every write is a user edit of the workbook
 * (editCells, clearCells, undo), which tells the grid to draw again. While a cell is edited the workbook is in cell
 * edit mode, so the add-in's syncs fail as they do in Excel.
 */
export function useSheetEditing(workbook: WorkbookModel, sheet: SheetModel, area: GridArea) {
  const [edit, setEdit] = useState<EditState>(selecting);
  // The handlers read the edit through a ref: a commit blurs the editor, whose blur must find the edit ended.
  const editRef = useRef<EditState>(selecting);
  const gridRef = useRef<HTMLTableElement>(null);
  const selection = sheetSelection(workbook, sheet);

  // A grid that goes away (its sheet deleted) while a cell is edited leaves Excel's cell edit mode with it.
  useEffect(() => () => workbook.setCellEditMode(false), [workbook]);

  const updateEdit = (next: EditState) => {
    editRef.current = next;
    setEdit(next);
    workbook.setCellEditMode(next.mode === 'editing');
  };

  const select = (next: GridSelection) => {
    const clamp = ({ row, column }: CellPosition) => ({
      row: Math.min(row, area.rowCount - 1),
      column: Math.min(column, area.columnCount - 1),
    });
    const drawn = { active: clamp(next.active), corner: clamp(next.corner) };
    workbook.selectCells(sheet.name, selectionRect(drawn), drawn.active);
  };

  const startEditing = (cell: CellPosition, draft: string, entry: 'replace' | 'keep') => {
    updateEdit({ mode: 'editing', cell, draft, entry });
  };

  /** Ends the edit, writing the draft; then moves as the key says (Enter, Tab, an arrow) and gives focus back. */
  const commit = (move: GridKey | null, refocus: boolean) => {
    const current = editRef.current;
    if (current.mode !== 'editing') return;
    updateEdit(selecting);
    workbook.editCells(sheet.name, current.cell, [[current.draft]]);
    if (move) select(moveSelection(selectCell(current.cell), move, area) ?? selectCell(current.cell));
    if (refocus) gridRef.current?.focus();
  };

  const cancel = () => {
    updateEdit(selecting);
    gridRef.current?.focus();
  };

  const handleCellMouseDown = (event: MouseEvent, position: CellPosition) => {
    if (event.button !== 0) return;
    // Keeps the focus on the grid (no text selection, no focus on the cell) and ends an edit first, as Excel does.
    event.preventDefault();
    commit(null, false);
    select(event.shiftKey ? extendSelection(selection, position) : selectCell(position));
    gridRef.current?.focus();
  };

  const handleCellDoubleClick = (position: CellPosition) => {
    startEditing(position, cellInputText(sheet, position.row, position.column), 'keep');
  };

  const handleGridKeyDown = (event: KeyboardEvent) => {
    if (editRef.current.mode === 'editing') return;
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      workbook.undo();
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      workbook.clearCells(sheet.name, selectionRect(selection));
      return;
    }
    if (event.key === 'F2') {
      event.preventDefault();
      startEditing(selection.active, cellInputText(sheet, selection.active.row, selection.active.column), 'keep');
      return;
    }
    const moved = moveSelection(selection, event, area);
    if (moved) {
      // Tab at the grid's edge leaves it, so the keyboard can always reach the rest of the page.
      const stays = moved.active.row === selection.active.row && moved.active.column === selection.active.column;
      if (event.key === 'Tab' && stays) return;
      event.preventDefault();
      select(moved);
      return;
    }
    // A character (AltGr gives Ctrl+Alt on Windows: "@" on a Swiss keyboard) starts an edit that replaces the cell.
    const altGraph = event.getModifierState('AltGraph');
    if ([...event.key].length === 1 && (altGraph || (!ctrl && !event.altKey))) {
      event.preventDefault();
      startEditing(selection.active, event.key, 'replace');
    }
  };

  const handleGridPaste = (event: ClipboardEvent) => {
    // In the cell editor a paste goes into the text, as in Excel.
    if (editRef.current.mode === 'editing') return;
    const rows = parseTsv(event.clipboardData.getData('text/plain'));
    if (rows.length === 0) return;
    event.preventDefault();
    const { active } = selection;
    workbook.editCells(sheet.name, active, rows);
    // Excel selects the pasted block.
    const columnCount = Math.max(...rows.map((line) => line.length));
    select(selectionOfRect({ row: active.row, column: active.column, rowCount: rows.length, columnCount }, active));
  };

  const handleDraftChange = (draft: string) => {
    const current = editRef.current;
    if (current.mode === 'editing') updateEdit({ ...current, draft });
  };

  const handleEditorKeyDown = (event: KeyboardEvent) => {
    // The grid's own keys (Delete, arrows, Ctrl+Z) act on the text while a cell is edited.
    event.stopPropagation();
    const current = editRef.current;
    if (current.mode !== 'editing') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' || event.key === 'Tab' || (isArrow(event.key) && current.entry === 'replace')) {
      event.preventDefault();
      commit({ key: event.key, shiftKey: event.shiftKey, ctrlKey: false, metaKey: false }, true);
    }
  };

  const handleEditorBlur = () => commit(null, false);

  return {
    selection,
    edit,
    gridRef,
    handleCellMouseDown,
    handleCellDoubleClick,
    handleGridKeyDown,
    handleGridPaste,
    handleDraftChange,
    handleEditorKeyDown,
    handleEditorBlur,
  };
}
