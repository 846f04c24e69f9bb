import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { WorkbookGrid } from './WorkbookGrid';

let host: ExcelHost;

beforeEach(() => {
  host = createExcelHost();
  host.workbook.addSheet('Clients', [
    ['Nom', 'Prénom', 'NPA'],
    ['Favre', 'Sophie', 1204],
  ]);
});

function renderGrid() {
  render(<WorkbookGrid host={host} label="Classeur en mémoire" />);
  const grid = screen.getByRole('grid', { name: 'Clients' });
  // A cell's name is its address, then its text ("A2 Favre").
  const cell = (address: string) => within(grid).getByRole('gridcell', { name: new RegExp(`^${address}( |$)`) });
  return { grid, cell };
}

const values = () => host.workbook.sheet('Clients').getValues();
const selected = () => host.workbook.selectedAddress;

describe('the preview grid, edited as a sheet in Excel', () => {
  it('names each cell by its address and text', () => {
    const { grid } = renderGrid();
    expect(within(grid).getByRole('gridcell', { name: 'A2 Favre' })).toBeInTheDocument();
    expect(within(grid).getByRole('gridcell', { name: 'D2' })).toHaveTextContent('');
  });

  it('draws the cells by address, selects the clicked cell and moves the selection with the keys', async () => {
    const user = userEvent.setup();
    const { grid, cell } = renderGrid();
    expect(cell('A2')).toHaveTextContent('Favre');
    expect(cell('C2')).toHaveTextContent('1204');
    expect(within(grid).getByRole('columnheader', { name: 'C' })).toBeInTheDocument();
    await user.click(cell('B2'));
    expect(grid).toHaveFocus();
    expect(cell('B2')).toHaveAttribute('aria-selected', 'true');
    expect(grid).toHaveAttribute('aria-activedescendant', cell('B2').id);
    expect(selected()).toEqual({ sheetName: 'Clients', rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 } });
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(grid).toHaveAttribute('aria-activedescendant', cell('C3').id);
    expect(cell('B2')).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Shift>}{ArrowUp}{ArrowLeft}{/Shift}');
    expect(selected()?.rect).toEqual({ row: 1, column: 1, rowCount: 2, columnCount: 2 });
    expect(grid).toHaveAttribute('aria-activedescendant', cell('C3').id);
    expect(cell('B2')).toHaveAttribute('aria-selected', 'true');
    await user.click(cell('A1'));
    await user.keyboard('{Shift>}');
    await user.click(cell('B3'));
    await user.keyboard('{/Shift}');
    expect(selected()?.rect).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 2 });
  });

  it('types into a cell (replacing it), commits with Enter and moves down, with Tab and moves right', async () => {
    const user = userEvent.setup();
    const { grid, cell } = renderGrid();
    await user.click(cell('A2'));
    await user.keyboard('Muller');
    const editor = within(grid).getByRole('textbox', { name: 'Contenu de A2' });
    expect(editor).toHaveValue('Muller');
    expect(host.workbook.cellEditMode).toBe(true);
    await user.keyboard('{Enter}');
    expect(cell('A2')).toHaveTextContent('Muller');
    expect(host.workbook.cellEditMode).toBe(false);
    expect(grid).toHaveFocus();
    expect(grid).toHaveAttribute('aria-activedescendant', cell('A3').id);
    await user.keyboard('Keller{Tab}Anna{Tab}01234{Enter}');
    expect(values()).toEqual([
      ['Nom', 'Prénom', 'NPA'],
      ['Muller', 'Sophie', 1204],
      ['Keller', 'Anna', 1234],
    ]);
    expect(grid).toHaveAttribute('aria-activedescendant', cell('C4').id);
  });

  it('starts an edit with a character typed with AltGr (Ctrl+Alt on Windows), not with a Ctrl shortcut', async () => {
    const user = userEvent.setup();
    const { grid, cell } = renderGrid();
    await user.click(cell('D2'));
    fireEvent.keyDown(grid, { key: 'c', ctrlKey: true });
    expect(within(grid).queryByRole('textbox')).not.toBeInTheDocument();
    fireEvent.keyDown(grid, { key: '@', ctrlKey: true, altKey: true, modifierAltGraph: true });
    expect(within(grid).getByRole('textbox', { name: 'Contenu de D2' })).toHaveValue('@');
  });

  it('edits keeping the content with F2 or a double-click, and Escape cancels', async () => {
    const user = userEvent.setup();
    const { grid, cell } = renderGrid();
    await user.click(cell('A2'));
    await user.keyboard('{F2}');
    expect(within(grid).getByRole('textbox', { name: 'Contenu de A2' })).toHaveValue('Favre');
    await user.keyboard('-Rochat{Enter}');
    expect(cell('A2')).toHaveTextContent('Favre-Rochat');
    await user.dblClick(cell('B2'));
    await user.keyboard('{Backspace}{Backspace}');
    expect(within(grid).getByRole('textbox', { name: 'Contenu de B2' })).toHaveValue('Soph');
    await user.keyboard('{Escape}');
    expect(within(grid).queryByRole('textbox')).not.toBeInTheDocument();
    expect(cell('B2')).toHaveTextContent('Sophie');
    expect(grid).toHaveFocus();
  });

  it('commits an edit when another cell is clicked', async () => {
    const user = userEvent.setup();
    const { cell } = renderGrid();
    await user.click(cell('D1'));
    await user.keyboard('Ville');
    await user.click(cell('D2'));
    expect(cell('D1')).toHaveTextContent('Ville');
    expect(selected()?.rect).toEqual({ row: 1, column: 3, rowCount: 1, columnCount: 1 });
  });

  it('clears the selection with Delete or Backspace, and Ctrl+Z (or Cmd+Z) undoes the last edit', async () => {
    const user = userEvent.setup();
    const { cell } = renderGrid();
    await user.click(cell('A2'));
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}{Delete}');
    expect(values()).toEqual([
      ['Nom', 'Prénom', 'NPA'],
      ['', '', 1204],
    ]);
    await user.click(cell('C2'));
    await user.keyboard('{Backspace}');
    expect(values()).toEqual([['Nom', 'Prénom', 'NPA']]);
    await user.keyboard('{Control>}z{/Control}');
    expect(cell('C2')).toHaveTextContent('1204');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(cell('A2')).toHaveTextContent('Favre');
    expect(cell('B2')).toHaveTextContent('Sophie');
    expect(host.workbook.canUndo()).toBe(false);
  });

  it("pastes Excel's clipboard text from the active cell and selects the block", async () => {
    const user = userEvent.setup();
    const { grid, cell } = renderGrid();
    await user.click(cell('A3'));
    fireEvent.paste(grid, {
      clipboardData: { getData: (type: string) => (type === 'text/plain' ? 'Muller\t"Jean\tLuc"\t1003\r\nRochat\tAnna\t\r\n' : '') },
    });
    expect(values()).toEqual([
      ['Nom', 'Prénom', 'NPA'],
      ['Favre', 'Sophie', 1204],
      ['Muller', 'Jean\tLuc', 1003],
      ['Rochat', 'Anna', ''],
    ]);
    expect(cell('C3')).toHaveTextContent('1003');
    expect(selected()?.rect).toEqual({ row: 2, column: 0, rowCount: 2, columnCount: 3 });
    await user.keyboard('{Control>}z{/Control}');
    expect(values()).toHaveLength(2);
  });

  it('pastes through the clipboard as the browser gives it', async () => {
    const user = userEvent.setup();
    const { cell } = renderGrid();
    await user.click(cell('B3'));
    await user.paste('Keller\tAnna\n');
    expect(cell('B3')).toHaveTextContent('Keller');
    expect(cell('C3')).toHaveTextContent('Anna');
  });

  it('lets Shift+Tab in column A leave the grid, so the keyboard reaches the rest of the page', async () => {
    const user = userEvent.setup();
    const { grid, cell } = renderGrid();
    await user.click(cell('B1'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(grid).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(grid).not.toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Clients' })).toHaveFocus();
  });

  it("draws the add-in's selection and its writes", () => {
    const { cell } = renderGrid();
    act(() => host.workbook.selectCells('Clients', { row: 0, column: 1, rowCount: 2, columnCount: 1 }, { row: 1, column: 1 }));
    expect(cell('B1')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('grid')).toHaveAttribute('aria-activedescendant', cell('B2').id);
    act(() => host.workbook.sheet('Clients').setValues([['Rochat']], 'A2'));
    expect(cell('A2')).toHaveTextContent('Rochat');
  });
});
