import { Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { ExcelHost } from '../excel-host/createExcelHost';
import { SheetGrid } from './grid/SheetGrid';
import { useWorkbookVersion } from './useWorkbookVersion';

const useStyles = makeStyles({
  workbook: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1, rowGap: tokens.spacingVerticalS },
});

type WorkbookGridProps = { host: ExcelHost; label: string };

/**
 * The in-memory workbook drawn like Excel: sheet tabs, column letters, row numbers, values and formats, and a grid
 * the user edits as a sheet in Excel (SheetGrid). Draws again after every change of the workbook (host.subscribe):
 * the add-in's syncs and the user's edits.
 */
export function WorkbookGrid({ host, label }: WorkbookGridProps) {
  const styles = useStyles();
  const version = useWorkbookVersion(host.subscribe);
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
      {/* A sheet's grid starts anew on another sheet (an edit under way ends when the tab is clicked). */}
      {sheet && <SheetGrid key={sheet.id} workbook={workbook} sheet={sheet} version={version} />}
      <Caption1>
        Cliquez une cellule et tapez pour la remplir (F2 ou double-clic pour la modifier) ; Entrée ou Tab valide, Échap annule, Suppr efface
        la sélection, Ctrl+V colle depuis Excel, Ctrl+Z annule la dernière modification.
      </Caption1>
    </section>
  );
}
