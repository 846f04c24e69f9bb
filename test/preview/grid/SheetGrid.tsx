import { Caption1, mergeClasses } from '@fluentui/react-components';
import { type KeyboardEvent, memo, type MouseEvent, useId } from 'react';
import { columnLetter } from '@/domain';
import type { SheetModel } from '../../excel-host/model/SheetModel';
import type { WorkbookModel } from '../../excel-host/model/WorkbookModel';
import { type CellPosition, type GridArea, isSelected, selectionRect } from './moveSelection';
import { useSheetEditing } from './useSheetEditing';
import { useSheetGridStyles } from './useSheetGridStyles';

/** The grid draws at most this much of a sheet (the selection moves within it); the rest is counted below it. */
const maxDrawnRows = 200;
const maxDrawnColumns = 30;
const minDrawnRows = 20;
const minDrawnColumns = 8;

type SheetGridProps = {
  workbook: WorkbookModel;
  sheet: SheetModel;
  /** Changes whenever the workbook does (useWorkbookVersion): the cells draw again. */
  version: number;
};

/**
 * Tab is the grid's key (commit, move right, as in Excel): Fluent's focus manager (tabster, which handles Tab on the
 * window before the page sees it) leaves it to the grid, through tabster's own attribute.
 */
const tabsterIgnoresTab = JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } });

/** The position of the cell an event happened in (its data-row / data-column), or null outside the cells. */
function cellOfEvent(event: MouseEvent): CellPosition | null {
  const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row]') : null;
  if (!cell) return null;
  return { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
}

/** Excel scrolls to the active cell: so does the grid whenever another cell becomes the active one. */
function scrollIntoView(element: HTMLElement | null): void {
  element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

function focusAtEnd(input: HTMLInputElement | null): void {
  input?.focus();
  input?.setSelectionRange(input.value.length, input.value.length);
}

/** One sheet as an editable grid (role="grid"): cells named by their address and text ("B3 Favre"), the selection marked. */
export function SheetGrid({ workbook, sheet, version }: SheetGridProps) {
  const styles = useSheetGridStyles();
  const idPrefix = useId();
  const area: GridArea = {
    rowCount: maxDrawnRows,
    columnCount: maxDrawnColumns,
    hasValue: (row, column) => sheet.getValue(row, column) !== undefined,
  };
  const editing = useSheetEditing(workbook, sheet, area);
  const { selection, edit } = editing;
  const selected = selectionRect(selection);
  const extent = sheet.extent();
  // The data and one more row and column, at least a screenful, and the selection (arrows reach further).
  const rowCount = Math.min(Math.max(extent.rowCount + 1, minDrawnRows, selected.row + selected.rowCount + 1), maxDrawnRows);
  const columnCount = Math.min(
    Math.max(extent.columnCount + 1, minDrawnColumns, selected.column + selected.columnCount + 1),
    maxDrawnColumns,
  );
  const rows = Array.from({ length: rowCount }, (_, row) => row);
  // Hidden columns (Range.columnHidden: the add-in's "Version") are not drawn, as in Excel: the letters skip them.
  const columns = Array.from({ length: columnCount }, (_, column) => column).filter((column) => !sheet.hiddenColumns.has(column));
  const cellId = (row: number, column: number) => `${idPrefix}-${row}-${column}`;
  const { active } = selection;
  const activeIsDrawn = active.row < rowCount && active.column < columnCount && !sheet.hiddenColumns.has(active.column);
  const columnSelected = (column: number) => column >= selected.column && column < selected.column + selected.columnCount;
  const rowSelected = (row: number) => row >= selected.row && row < selected.row + selected.rowCount;

  const handleMouseDown = (event: MouseEvent) => {
    const position = cellOfEvent(event);
    if (position) editing.handleCellMouseDown(event, position);
  };
  const handleDoubleClick = (event: MouseEvent) => {
    const position = cellOfEvent(event);
    if (position) editing.handleCellDoubleClick(position);
  };

  return (
    <>
      <div className={styles.scroller}>
        <table
          ref={editing.gridRef}
          role="grid"
          aria-label={sheet.name}
          aria-multiselectable
          aria-rowcount={extent.rowCount > rowCount ? extent.rowCount + 1 : undefined}
          aria-activedescendant={activeIsDrawn && edit.mode === 'selecting' ? cellId(active.row, active.column) : undefined}
          tabIndex={0}
          data-tabster={tabsterIgnoresTab}
          className={styles.table}
          onKeyDown={editing.handleGridKeyDown}
          onPaste={editing.handleGridPaste}
          onMouseDown={handleMouseDown}
          onDoubleClick={handleDoubleClick}
        >
          <thead>
            <tr role="row">
              <th role="columnheader" className={mergeClasses(styles.header, styles.rowHeader)} />
              {columns.map((column) => (
                <th
                  key={column}
                  role="columnheader"
                  className={mergeClasses(styles.header, columnSelected(column) && styles.headerSelected)}
                >
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row} role="row">
                <th role="rowheader" className={mergeClasses(styles.header, styles.rowHeader, rowSelected(row) && styles.headerSelected)}>
                  {row + 1}
                </th>
                {columns.map((column) => {
                  const isActive = row === active.row && column === active.column;
                  if (isActive && edit.mode === 'editing') {
                    return (
                      <EditedCell
                        key={column}
                        id={cellId(row, column)}
                        row={row}
                        column={column}
                        draft={edit.draft}
                        onDraftChange={editing.handleDraftChange}
                        onKeyDown={editing.handleEditorKeyDown}
                        onBlur={editing.handleEditorBlur}
                      />
                    );
                  }
                  return (
                    <GridCell
                      key={column}
                      id={cellId(row, column)}
                      sheet={sheet}
                      row={row}
                      column={column}
                      version={version}
                      selected={isSelected(selection, row, column)}
                      active={isActive}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(extent.rowCount > maxDrawnRows || extent.columnCount > maxDrawnColumns) && (
        <Caption1>
          {extent.rowCount} lignes × {extent.columnCount} colonnes ; seules les {maxDrawnRows} premières lignes et {maxDrawnColumns}{' '}
          premières colonnes sont dessinées.
        </Caption1>
      )}
    </>
  );
}

type EditedCellProps = {
  id: string;
  row: number;
  column: number;
  draft: string;
  onDraftChange: (draft: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onBlur: () => void;
};

/** The active cell while it is edited: a text box over the cell, focused with the caret at the end. */
function EditedCell({ id, row, column, draft, onDraftChange, onKeyDown, onBlur }: EditedCellProps) {
  const styles = useSheetGridStyles();
  const address = `${columnLetter(column)}${row + 1}`;
  return (
    <td
      id={id}
      role="gridcell"
      aria-label={address}
      aria-selected
      data-row={row}
      data-column={column}
      className={mergeClasses(styles.cell, styles.active, styles.editing)}
    >
      <input
        ref={focusAtEnd}
        size={1}
        className={styles.editor}
        aria-label={`Contenu de ${address}`}
        value={draft}
        onChange={(event) => onDraftChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
    </td>
  );
}

type GridCellProps = {
  id: string;
  sheet: SheetModel;
  row: number;
  column: number;
  version: number;
  selected: boolean;
  active: boolean;
};

/** One cell: its text and formats; drawn again only when the workbook or the cell's selection changes. */
const GridCell = memo(function GridCell({ id, sheet, row, column, selected, active }: GridCellProps) {
  const styles = useSheetGridStyles();
  const cell = sheet.snapshot(row, column);
  const tinted = selected && !active;
  // Named by its address, then its text (which a name must hold, for speech input: WCAG 2.5.3).
  const address = `${columnLetter(column)}${row + 1}`;
  const className = mergeClasses(
    styles.cell,
    typeof cell.value === 'number' && styles.number,
    cell.fontBold && styles.bold,
    cell.fontItalic && styles.italic,
    tinted && styles.selected,
    active && styles.active,
  );
  // Fill and font colours are the workbook's data (set by the add-in), drawn as they are; a selected cell shows the tint.
  const style = {
    backgroundColor: tinted ? undefined : (cell.fillColor ?? undefined),
    color: cell.fontColor === '#000000' ? undefined : cell.fontColor,
  };
  return (
    <td
      id={id}
      ref={active ? scrollIntoView : undefined}
      role="gridcell"
      aria-label={cell.text === '' ? address : `${address} ${cell.text}`}
      aria-selected={selected}
      data-row={row}
      data-column={column}
      className={className}
      style={style}
      title={cell.formula ?? undefined}
    >
      {cell.text}
    </td>
  );
});
