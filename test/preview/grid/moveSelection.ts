import type { CellRect } from '../../excel-host/address/CellRect';

export type CellPosition = { row: number; column: number };

/**
 * A selection as Excel keeps it: the active cell (where typing goes) and the corner that Shift moves; the selected
 * range is the rectangle between them (one cell when they are the same).
 */
export type GridSelection = { active: CellPosition; corner: CellPosition };

/** The cells a selection may reach, and which of them hold a value (Ctrl+arrows stop at the edges of data). */
export type GridArea = { rowCount: number; columnCount: number; hasValue: (row: number, column: number) => boolean };

/** The modifier keys of a key press; Cmd (meta) counts as Ctrl, as on a Mac. */
export type GridKey = { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean };

export function selectCell(position: CellPosition): GridSelection {
  return { active: position, corner: position };
}

/** Shift+click: the active cell stays, the range reaches `position`. */
export function extendSelection(selection: GridSelection, position: CellPosition): GridSelection {
  return { active: selection.active, corner: position };
}

export function selectionRect({ active, corner }: GridSelection): CellRect {
  const row = Math.min(active.row, corner.row);
  const column = Math.min(active.column, corner.column);
  return { row, column, rowCount: Math.abs(active.row - corner.row) + 1, columnCount: Math.abs(active.column - corner.column) + 1 };
}

/** The selection of a range whose active cell is `active` (its top-left when not inside it). */
export function selectionOfRect(rect: CellRect, active?: CellPosition): GridSelection {
  const inside =
    active &&
    active.row >= rect.row &&
    active.row < rect.row + rect.rowCount &&
    active.column >= rect.column &&
    active.column < rect.column + rect.columnCount;
  const activeCell = inside ? active : { row: rect.row, column: rect.column };
  const corner = {
    row: activeCell.row === rect.row ? rect.row + rect.rowCount - 1 : rect.row,
    column: activeCell.column === rect.column ? rect.column + rect.columnCount - 1 : rect.column,
  };
  return { active: activeCell, corner };
}

export function isSelected(selection: GridSelection, row: number, column: number): boolean {
  const rect = selectionRect(selection);
  return row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}

const arrows: Record<string, CellPosition> = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { row: 0, column: -1 },
  ArrowRight: { row: 0, column: 1 },
};

/**
 * The selection after a key, as in Excel's grid, or null when the key does not move it:
 * arrows move the active cell (Shift: the corner; Ctrl: to the edge of the data, as Excel jumps), Tab / Shift+Tab
 * right / left and Enter / Shift+Enter down / up from the active cell, Home to column A (Ctrl+Home: A1), End to the
 * last column of the area (Ctrl+End: its last cell). Never leaves the area.
 */
export function moveSelection(selection: GridSelection, key: GridKey, area: GridArea): GridSelection | null {
  const ctrl = key.ctrlKey || key.metaKey;
  const arrow = arrows[key.key];
  if (arrow) {
    const from = key.shiftKey ? selection.corner : selection.active;
    const to = ctrl ? jump(from, arrow, area) : clamp({ row: from.row + arrow.row, column: from.column + arrow.column }, area);
    return key.shiftKey ? extendSelection(selection, to) : selectCell(to);
  }
  const { active } = selection;
  switch (key.key) {
    case 'Tab':
      return selectCell(clamp({ row: active.row, column: active.column + (key.shiftKey ? -1 : 1) }, area));
    case 'Enter':
      return selectCell(clamp({ row: active.row + (key.shiftKey ? -1 : 1), column: active.column }, area));
    case 'Home':
    case 'End': {
      const last = key.key === 'End';
      const from = key.shiftKey ? selection.corner : active;
      const to = {
        row: ctrl ? (last ? area.rowCount - 1 : 0) : from.row,
        column: last ? area.columnCount - 1 : 0,
      };
      return key.shiftKey ? extendSelection(selection, to) : selectCell(to);
    }
    default:
      return null;
  }
}

function clamp(position: CellPosition, area: GridArea): CellPosition {
  return {
    row: Math.min(Math.max(position.row, 0), area.rowCount - 1),
    column: Math.min(Math.max(position.column, 0), area.columnCount - 1),
  };
}

function inArea(position: CellPosition, area: GridArea): boolean {
  return position.row >= 0 && position.row < area.rowCount && position.column >= 0 && position.column < area.columnCount;
}

/**
 * Ctrl+arrow as Excel moves: inside a block of values, to its last value; otherwise to the next value, or to the
 * edge of the area when there is none.
 */
function jump(from: CellPosition, step: CellPosition, area: GridArea): CellPosition {
  const next = (position: CellPosition) => ({ row: position.row + step.row, column: position.column + step.column });
  const hasValue = (position: CellPosition) => area.hasValue(position.row, position.column);
  let current = from;
  if (!inArea(next(current), area)) return current;
  if (hasValue(current) && hasValue(next(current))) {
    while (inArea(next(current), area) && hasValue(next(current))) current = next(current);
    return current;
  }
  current = next(current);
  while (!hasValue(current) && inArea(next(current), area)) current = next(current);
  return current;
}
