import { Caption1, Field, FluentProvider, makeStyles, Select, Subtitle1, tokens, type Theme } from '@fluentui/react-components';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/taskpane/App';
import type { Language } from '@/domain';
import type { PaneServices } from '@/taskpane/services/PaneServices';
import type { ExcelHost } from '../excel-host/createExcelHost';
import type { OfficeThemeName } from '../officejs-host/officeThemes';
import { WorkbookGrid } from './WorkbookGrid';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  theme: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  body: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexGrow: 1, minHeight: 0 },
  workbook: {
    display: 'flex',
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalS,
  },
  pane: {
    // About the width Excel gives a task pane.
    width: '24rem',
    flexShrink: 0,
    overflowY: 'auto',
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type PreviewPageProps = {
  host: ExcelHost;
  /** What answers the pane's Excel calls (startPageExcel): office.js's real client, or the model alone. */
  client: 'office.js' | 'model';
  language: Language;
  services: PaneServices;
  queryClient: QueryClient;
  /** The Fluent theme of the page and the pane: the one the pane picks from Office's (fluentThemeFor). */
  theme: Theme;
  /** The Office theme the page's office.js gives (`?theme=`). */
  officeTheme: OfficeThemeName;
  /** The user chose another Office theme (the page reloads with it, as Excel reopens the pane). */
  onOfficeThemeChange: (officeTheme: OfficeThemeName) => void;
};

const officeThemeLabels: Record<OfficeThemeName, string> = { colorful: 'Colorful (clair)', black: 'Black (sombre)' };

const clientCaption = {
  'office.js': 'le vrai client office.js (Excel sur le web), auquel répond le classeur en mémoire',
  model: 'le modèle seul (ExcelApi 1.18 et plus : notes, absentes du client office.js de npm)',
};

/** The preview page: the in-memory workbook on the left, the real task pane on the right. */
export function PreviewPage({ host, client, language, services, queryClient, theme, officeTheme, onOfficeThemeChange }: PreviewPageProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.page}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Aperçu — Suivi Clients</Subtitle1>
        <Caption1>
          {`Classeur en mémoire (aide au développement, hors du complément chargé par Excel) — Excel\u00a0: ${clientCaption[client]}`}
        </Caption1>
        <Field label="Thème Office" orientation="horizontal" className={styles.theme}>
          <Select value={officeTheme} onChange={(_event, data) => onOfficeThemeChange(data.value === 'black' ? 'black' : 'colorful')}>
            {(Object.keys(officeThemeLabels) as OfficeThemeName[]).map((name) => (
              <option key={name} value={name}>
                {officeThemeLabels[name]}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <div className={styles.body}>
        <div className={styles.workbook}>
          <WorkbookGrid host={host} label="Classeur en mémoire" />
        </div>
        <aside className={styles.pane} aria-label="Volet Suivi Clients" tabIndex={0}>
          <App language={language} services={services} queryClient={queryClient} theme={theme} />
        </aside>
      </div>
    </FluentProvider>
  );
}
