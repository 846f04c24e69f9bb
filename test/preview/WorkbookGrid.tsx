import { Caption1, makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { columnLetter } from '@/domain';
import type { ExcelHost } from '../excel-host/createExcelHost';
import type { SheetModel } from '../excel-host/model/SheetModel';
import { useWorkbookVersion } from './useWorkbookVersion';

/** The grid draws at most this much of a sheet; the rest is counted below it. */
const maxDrawnRows = 200;
const maxDrawnColumns = 30;
const minDrawnRows = 20;
const minDrawnColumns = 8;

const useStyles = makeStyles({
  workbook: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1, rowGap: tokens.spacingVerticalS },
  scroller: { overflow: 'auto', flexGrow: 1, minWidth: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
  },
  rowHeader: { position: 'sticky', left: 0, textAlign: 'end' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    whiteSpace: 'nowrap',
    maxWidth: '16rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  number: { textAlign: 'end' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: 'italic' },
});

type WorkbookGridProps = { host: ExcelHost; label: string };

/**
 * The in-memory workbook drawn like Excel: sheet tabs, column letters, row numbers, values and formats.
 * Draws again after every sync that changes the workbook (host.subscribe).
 */
export function WorkbookGrid({ host, label }: WorkbookGridProps) {
  const styles = useStyles();
  useWorkbookVersion(host.subscribe);
  const { workbook } = host;
  const sheet = workbook.liveSheets().find((candidate) => candidate.id === workbook.activeSheetId) ?? null;
  const handleSheetSelect = (name: unknown) => {
    if (typeof name === 'string') workbook.activeSheetName = name;
  };
  return (
    <section className={styles.workbook} aria-label={label}>
      <TabList size="small" selectedValue={sheet?.name ?? ''} onTabSelect={(_event, data) => handleSheetSelect(data.value)}>
        {/* As Excel: hidden and very hidden sheets get no tab. */}
        {workbook
          .liveSheets()
          .filter((candidate) => candidate.visibility === 'Visible')
          .map(({ name }) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
      </TabList>
      {sheet && <SheetTable sheet={sheet} />}
    </section>
  );
}

function SheetTable({ sheet }: { sheet: SheetModel }) {
  const styles = useStyles();
  const extent = sheet.extent();
  const rowCount = Math.min(Math.max(extent.rowCount + 1, minDrawnRows), maxDrawnRows);
  const columnCount = Math.min(Math.max(extent.columnCount + 1, minDrawnColumns), maxDrawnColumns);
  const rows = Array.from({ length: rowCount }, (_, row) => row);
  const columns = Array.from({ length: columnCount }, (_, column) => column);
  return (
    <>
      <div className={styles.scroller} tabIndex={0}>
        <table className={styles.table} aria-label={sheet.name}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.header, styles.rowHeader)} />
              {columns.map((column) => (
                <th key={column} scope="col" className={styles.header}>
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row" className={mergeClasses(styles.header, styles.rowHeader)}>
                  {row + 1}
                </th>
                {columns.map((column) => (
                  <GridCell key={column} sheet={sheet} row={row} column={column} />
                ))}
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

function GridCell({ sheet, row, column }: { sheet: SheetModel; row: number; column: number }) {
  const styles = useStyles();
  const cell = sheet.snapshot(row, column);
  const className = mergeClasses(
    styles.cell,
    typeof cell.value === 'number' && styles.number,
    cell.fontBold && styles.bold,
    cell.fontItalic && styles.italic,
  );
  // Fill and font colours are the workbook's data (set by the add-in), drawn as they are.
  const style = { backgroundColor: cell.fillColor ?? undefined, color: cell.fontColor === '#000000' ? undefined : cell.fontColor };
  return (
    <td className={className} style={style} title={cell.formula ?? undefined}>
      {cell.text}
    </td>
  );
}
