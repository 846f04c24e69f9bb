import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import { countryName } from '@/domain';
import { en } from '@/taskpane/i18n/en';
import { fr } from '@/taskpane/i18n/fr';
import { expectNoSeriousViolations } from './support/axe';
import { alphabetLayout, holdsFocus, primaryButtons } from './support/paneChecks';
import { textSource } from './support/summaryLine';
import { resultsDir, startBrowserBench, type BrowserBench } from './support/startBrowserBench';

const docsDir = path.resolve(__dirname, '..', '..', 'docs');

type Configuration = { language: 'fr' | 'en'; width: 320 | 450 };
const configurations: Configuration[] = [
  { language: 'fr', width: 320 },
  { language: 'fr', width: 450 },
  { language: 'en', width: 320 },
  { language: 'en', width: 450 },
];

/** What a step works with: the page, the pane (`<aside>`), the catalogue of the pane's language. */
type StepContext = Configuration & {
  page: Page;
  pane: Locator;
  t: typeof fr;
  api: StoreClient;
  shot: (name: string) => Promise<void>;
  /** One screen: axe-core finds nothing serious, at most one primary button is drawn, and its screenshot is saved. */
  screen: (name: string) => Promise<void>;
};
/** One step of the scenario; its name starts with the issue-17 point it walks ("6 · …"). */
type Step = { name: string; run: (context: StepContext) => Promise<void> };

/** The README's images, saved by the configuration that shows them (pane element only, except the preview page). */
async function saveReadmeImage(context: StepContext, image: 'pane' | 'importer' | 'preview' | 'pane-en'): Promise<void> {
  const wanted: Record<typeof image, Configuration> = {
    pane: { language: 'fr', width: 320 },
    importer: { language: 'fr', width: 320 },
    preview: { language: 'fr', width: 450 },
    'pane-en': { language: 'en', width: 450 },
  };
  if (wanted[image].language !== context.language || wanted[image].width !== context.width) return;
  // The README's light images come from the light walk only (the dark one is docs/pane-dark.png).
  if (new URL(context.page.url()).searchParams.get('theme') === 'dark') return;
  if (image === 'preview') await context.page.screenshot({ path: path.join(docsDir, 'preview.png') });
  else await context.pane.screenshot({ path: path.join(docsDir, `${image}.png`) });
}

type HostCell = { value: unknown; text: string; numberFormat: string };
type PageHost = {
  workbook: {
    activeSheetName: string | null;
    selectedAddress: { sheetName: string; rect: { row: number; column: number } } | null;
    sheet: (name: string) => {
      setValues: (values: unknown[][], topLeft: string) => void;
      getValues: () => unknown[][];
      cell: (address: string) => HostCell;
    };
  };
};

/** The preview page's workbook (`window.__excelHost`): the active sheet's name. */
function activeSheetName(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { __excelHost: PageHost }).__excelHost.workbook.activeSheetName);
}

/** Writes `values` into `sheet` from `topLeft`, as typing in Excel would. */
function typeIntoSheet(page: Page, sheet: string, values: unknown[][], topLeft: string): Promise<void> {
  return page.evaluate(
    ([name, rows, address]) =>
      (globalThis as unknown as { __excelHost: PageHost }).__excelHost.workbook.sheet(name).setValues(rows, address),
    [sheet, values, topLeft] as const,
  );
}

/** The cells of `sheet`'s row `row` (1-based), by the header of row 1. */
function sheetRecord(page: Page, sheet: string, row: number): Promise<Record<string, HostCell>> {
  return page.evaluate(
    ([name, line]) => {
      const model = (globalThis as unknown as { __excelHost: PageHost }).__excelHost.workbook.sheet(name);
      const headers = model.getValues()[0] ?? [];
      const letter = (index: number) => String.fromCharCode(65 + index);
      return Object.fromEntries(headers.map((header, index) => [String(header), model.cell(`${letter(index)}${line}`)]));
    },
    [sheet, row] as const,
  );
}

/** The selected cell of the preview workbook (0-based row and column). */
function selectedCell(page: Page): Promise<{ sheetName: string; row: number; column: number } | null> {
  return page.evaluate(() => {
    const selected = (globalThis as unknown as { __excelHost: PageHost }).__excelHost.workbook.selectedAddress;
    return selected === null ? null : { sheetName: selected.sheetName, row: selected.rect.row, column: selected.rect.column };
  });
}

/** A message of the catalogue as a pattern: `CODE` stands for a client code. */
function messagePattern(text: string): RegExp {
  return new RegExp(`^${textSource(text).replace('CODE', 'CL-\\d+')}$`);
}

/** A text of the catalogue as the start of a name. */
function startingWith(text: string): RegExp {
  return new RegExp(`^${textSource(text)}`);
}

/** What the focused element is, for a failure message: its tag and first words, or "body". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 60)} »`;
  });
}

/** After an action, the focus is on its result inside the pane's tab panel, never left on the page. */
async function expectFocusIn(page: Page, result: Locator, action: string): Promise<void> {
  // The result is drawn, then focused in the same frame or the next: wait for it, then check.
  await page.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body).catch(() => undefined);
  expect({ action, focused: (await holdsFocus(result)) ? 'the result' : await focused(page) }).toEqual({ action, focused: 'the result' });
}

/** The pane's one live region (a polite status at the end of <body>) has said `text`. */
async function expectAnnounced(page: Page, text: string): Promise<void> {
  await page
    .locator('body > [role="status"][aria-live="polite"][aria-atomic="true"]')
    .filter({ hasText: messagePattern(text) })
    .waitFor({ state: 'attached' });
}

/** 200 rows typed into the template, with 130 in error: 100 « Suise » (a suggestion: Suisse), 20 bad e-mails, 10 without a name. */
const surnames = ['Favre', 'Rochat', 'Keller', 'Meier', 'Bianchi', 'Morel', 'Berset', 'Gerber', 'Rossi', 'Baumann'];
const firstNames = [
  'Anne',
  'Luc',
  'Sara',
  'Marc',
  'Lea',
  'Paul',
  'Nina',
  'Yves',
  'Iris',
  'Noe',
  'Eva',
  'Tim',
  'Lia',
  'Max',
  'Zoe',
  'Ugo',
  'Ada',
  'Leo',
  'Mia',
  'Jan',
];
const reportRows = Array.from({ length: 200 }, (_, index) => {
  const lastName = surnames[index % surnames.length] ?? '';
  const firstName = firstNames[Math.floor(index / surnames.length)] ?? '';
  const email = `${firstName}.${lastName}.${index}@exemple.ch`.toLowerCase();
  return [
    '',
    '',
    index % 20 === 7 ? '' : lastName,
    firstName,
    '',
    '',
    index % 10 === 5 ? email.replace('.ch', '') : email,
    '',
    '',
    'Rue du Lac 1',
    '1204',
    'Genève',
    index % 2 === 0 ? 'Suise' : 'Suisse',
  ];
});
const reportCounts = { rows: 200, suise: 100, badEmails: 20, noName: 10, errorRows: 130, validRows: 70 };

// Issue 17's scenario, walked as a new user would on the preview page against a real store, in French and in
// English, in a 320 px and a 450 px pane, with axe-core on every screen. Each step names the point of the issue it
// walks; a point's new checks are added as steps (or inside the step of that point).
const steps: Step[] = [
  {
    name: '2 · Importer: insert the template (dates typed dd.mm.yyyy)',
    run: async ({ page, pane, t, screen }) => {
      await pane.getByRole('tab', { name: t.tabs.importer }).click();
      await pane.getByRole('button', { name: t.importer.insertTemplate }).click();
      await pane.getByRole('button', { name: t.importer.validate }).waitFor();
      const sheet = (await activeSheetName(page)) ?? '';
      expect((await sheetRecord(page, sheet, 2))['Date de naissance']?.numberFormat).toBe('dd.mm.yyyy');
      await screen('template');
    },
  },
  {
    name: '4 · Importer: the template’s example row is said, never counted as a client; 6 · focus and live region',
    run: async (context) => {
      const { page, pane, t, screen } = context;
      await pane.getByRole('button', { name: t.importer.validate }).click();
      const report = pane.getByRole('region', { name: t.importer.reportLabel });
      const information = report.getByRole('region', { name: t.importer.report.information });
      await information.getByRole('button', { name: /^1\s×\s/ }).waitFor();
      const sheet = (await activeSheetName(page)) ?? '';
      await report.getByText(messagePattern(t.importer.report.summary(sheet, 0, 0, 0, 0))).waitFor();
      await expectFocusIn(page, report, t.importer.validate);
      await expectAnnounced(page, t.importer.report.validated(sheet, 0, 0));
      await screen('template-validated');
    },
  },
  {
    name: '5 · Importer: 200 rows with errors, one report that fits the pane',
    run: async (context) => {
      const { page, pane, t, screen } = context;
      const sheet = (await activeSheetName(page)) ?? '';
      await typeIntoSheet(page, sheet, reportRows, 'A3');
      await pane.getByRole('button', { name: t.importer.validate }).click();
      const report = pane.getByRole('region', { name: t.importer.reportLabel });
      const { rows, validRows, errorRows } = reportCounts;
      await report.getByText(messagePattern(t.importer.report.summary(sheet, rows, validRows, errorRows, 0))).waitFor();
      await expectFocusIn(page, report, `${t.importer.validate} (200)`);
      // Grouped by rule with counts, each issue once, the suggestion shown.
      const suise = report.getByRole('button', { name: new RegExp(`^${reportCounts.suise}\\s×\\s.*Suise.*Suisse`) });
      await suise.waitFor();
      await report.getByRole('button', { name: new RegExp(`^${reportCounts.badEmails}\\s×\\s`) }).waitFor();
      await report.getByRole('button', { name: new RegExp(`^${reportCounts.noName}\\s×\\s`) }).waitFor();
      expect(await report.getByText(/Suise/).count()).toBeLessThanOrEqual(2);
      // Closed, the report is a screen or two tall, not 7,400 px.
      expect(await pane.evaluate((element) => element.scrollHeight)).toBeLessThan(2_400);
      await screen('report-200');
      // Opened, a group shows 50 rows at a time; each row leads to its cell.
      await suise.click();
      expect(await suise.getAttribute('aria-expanded')).toBe('true');
      const rowsList = report.locator(`[id="${(await suise.getAttribute('aria-controls')) ?? ''}"]`);
      expect(await rowsList.getByRole('listitem').count()).toBe(51);
      await rowsList.getByRole('button', { name: t.importer.report.showMore(50) }).waitFor();
      await rowsList.getByRole('button', { name: /^\D+\s5\s\(M5\)/ }).click();
      await page.waitForFunction(() => {
        const selected = (globalThis as unknown as { __excelHost: PageHost }).__excelHost.workbook.selectedAddress;
        return selected?.rect.row === 4 && selected.rect.column === 12;
      });
      expect(await selectedCell(page)).toEqual({ sheetName: sheet, row: 4, column: 12 });
      await screen('report-200-open');
      await suise.click();
    },
  },
  {
    name: '4 · Importer: the report belongs to its sheet (another sheet puts it away)',
    run: async ({ page, pane, t }) => {
      const report = pane.getByRole('region', { name: t.importer.reportLabel });
      await report.waitFor();
      await page.getByRole('region', { name: 'Classeur en mémoire' }).getByRole('tab', { name: 'Clients', exact: true }).click();
      await report.waitFor({ state: 'detached' });
      expect(await pane.getByText(/Suise/).count()).toBe(0);
    },
  },
  {
    name: '1 · Words: no developer jargon; « Base locale »; the settings send to the help page',
    run: async ({ page, pane, t, language, screen }) => {
      const text = await pane.innerText();
      expect(text).not.toMatch(/SQLite|PostgreSQL|magasin|\bstore\b|local-dev|npm run|Colonnes non reconnues[^\n]*Statut import/);
      const status = pane.getByRole('status', { name: t.status.label });
      await status.getByText(t.status.connectedDetails('sqlite', 'CH')).waitFor();
      expect(t.status.connectedDetails('sqlite', 'CH')).toContain(countryName('CH', language));
      await pane.getByRole('button', { name: t.settings.open }).click();
      const help = page.getByRole('link', { name: t.settings.helpLabel });
      await help.waitFor();
      expect(await help.getAttribute('href')).toBe(t.settings.helpPage);
      expect(await page.locator('body').innerText()).not.toMatch(/npm run|token create/);
      await screen('settings');
      await page.getByRole('button', { name: t.settings.close }).click();
      await help.waitFor({ state: 'detached' });
    },
  },
  {
    name: '5 · Importer: validate the demo sheet (marks), then import it; 6 · focus; 1 · add-in columns',
    run: async (context) => {
      const { page, pane, t, screen } = context;
      await pane.getByRole('button', { name: t.importer.refresh }).click();
      await pane.getByRole('button', { name: t.importer.validate }).click();
      const report = pane.getByRole('region', { name: t.importer.reportLabel });
      // The summary line names the demo sheet.
      const line = t.importer.report.summary('Clients', 0, 0, 0, 0);
      await report.getByText(startingWith(line.slice(0, line.indexOf('Clients') + 'Clients'.length + 1))).waitFor();
      await screen('validated');
      await saveReadmeImage(context, 'importer');
      await pane.getByRole('button', { name: t.importer.importButton }).click();
      const summary = pane.getByRole('region', { name: t.importer.importSummaryLabel });
      await summary.waitFor();
      await expectFocusIn(page, summary, t.importer.importButton);
      // The summary and its "Annuler cet import" at the top of the pane, within the first screen.
      const undo = summary.getByRole('button', { name: t.importer.revertImport });
      const [paneBox, undoBox] = [await pane.boundingBox(), await undo.boundingBox()];
      expect((undoBox?.y ?? Infinity) - (paneBox?.y ?? 0)).toBeLessThan(900);
      await screen('imported');
      // Validated again, the add-in's own columns ("Statut import", "Anomalies") are not the user's unknown columns.
      await pane.getByRole('button', { name: t.importer.validate }).click();
      await report.waitFor();
      await expectFocusIn(page, report, `${t.importer.validate} (after the import)`);
      expect(await report.innerText()).not.toContain(t.importer.unknownColumnsTitle);
    },
  },
  {
    name: '7 · Clients: the A–Z bar in full lines, a short list stays short; 4 · search clears the letter, empty state names the filter',
    run: async (context) => {
      const { page, pane, t, width, screen } = context;
      await pane.getByRole('tab', { name: t.tabs.clients }).click();
      const list = pane.getByRole('listbox', { name: t.clients.find.listLabel });
      await list.getByRole('option').first().waitFor();
      await screen('clients');
      await saveReadmeImage(context, 'pane');
      await saveReadmeImage(context, 'pane-en');
      await saveReadmeImage(context, 'preview');
      const bar = pane.getByRole('toolbar', { name: t.clients.find.alphabetLabel });
      const layout = await alphabetLayout(pane, bar);
      expect(layout).toMatchObject({ radios: 27, paneWidth: width, outside: 0, tooSmall: 0 });
      expect(new Set(layout.cellsPerLine).size).toBe(1);
      expect(layout.lastLine).toBeGreaterThan(1);
      // A letter: the list holds Keller only, and is no taller than its one row.
      const letterK = bar.getByRole('radio', { name: t.clients.find.letterLabel('K') });
      await letterK.click();
      await list
        .getByRole('option', { name: /Keller/ })
        .first()
        .waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length === 1);
      const [listBox, optionBox] = [await list.boundingBox(), await list.getByRole('option').first().boundingBox()];
      expect((listBox?.height ?? Infinity) - (optionBox?.height ?? 0)).toBeLessThan(24);
      await screen('letter');
      // Typing a search clears the letter.
      const search = pane.getByRole('searchbox', { name: t.clients.find.searchLabel });
      await search.fill('Dupont');
      await list
        .getByRole('option', { name: /Dupont/ })
        .first()
        .waitFor();
      expect(await letterK.isChecked()).toBe(false);
      expect(await bar.getByRole('radio', { name: t.clients.find.allLetters }).isChecked()).toBe(true);
      await search.fill('');
      // A letter without clients: the empty state names the filter, one click removes it.
      await bar.getByRole('radio', { name: t.clients.find.letterLabel('Y') }).click();
      const panel = pane.getByRole('tabpanel');
      await panel.getByText(t.clients.find.emptyTitle).waitFor();
      await panel.getByText(messagePattern(t.clients.find.activeFilters([t.clients.find.letterFilter('Y')]))).waitFor();
      await screen('empty-filter');
      await pane.getByRole('button', { name: t.clients.find.removeFilter }).click();
      await list
        .getByRole('option', { name: /Keller/ })
        .first()
        .waitFor();
    },
  },
  {
    name: '4 · Clients: search a client and open the profile; 2 · Swiss formats; 1 · the token’s name; 6 · focus',
    run: async (context) => {
      const { page, pane, t, language, screen } = context;
      const list = pane.getByRole('listbox', { name: t.clients.find.listLabel });
      await pane.getByRole('searchbox', { name: t.clients.find.searchLabel }).fill('Favre');
      await list
        .getByRole('option', { name: /Favre Sophie/ })
        .first()
        .click();
      const panel = pane.getByRole('tabpanel');
      await pane.getByRole('button', { name: t.clients.profile.details }).waitFor();
      // Its name heading, the civility in the pane's language (Mme → Ms).
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`${t.clients.form.titles.Mme ?? ''} Sophie Favre`);
      // Phones international, the UID formatted, the date dd.mm.yyyy (dd/mm/yyyy in English), the country in the pane's language.
      await panel.getByText('+41 22 310 45 67', { exact: true }).waitFor();
      await panel.getByText('+41 79 412 33 21', { exact: true }).waitFor();
      await panel.getByText('CHE-123.456.788 TVA', { exact: true }).waitFor();
      await panel
        .getByText(language === 'fr' ? '10.03.1981' : '10/03/1981', { exact: true })
        .first()
        .waitFor();
      await panel
        .getByText(new RegExp(countryName('CH', language)))
        .first()
        .waitFor();
      // "Créé par Poste local le 02.12.2026 16:05": the token's display name, the day as the pane's language writes it.
      const day = language === 'fr' ? '\\d\\d\\.\\d\\d\\.\\d{4}' : '\\d\\d/\\d\\d/\\d{4}';
      const created = textSource(t.clients.profile.created('Poste local', 'DATE')).replace('DATE', day);
      await panel
        .getByText(new RegExp(`^${created}`))
        .first()
        .waitFor();
      expect(await panel.innerText()).not.toMatch(/\+41\d{9}|CHE\d{9}/);
      await screen('profile');
    },
  },
  {
    name: '2 · Clients: a profile written into a sheet as the template’s dropdowns show it',
    run: async ({ page, pane, t }) => {
      await pane.getByRole('button', { name: t.clients.profile.insert }).click();
      await page.waitForFunction(() =>
        /\(\d+\)$/.test((globalThis as unknown as { __excelHost: PageHost }).__excelHost.workbook.activeSheetName ?? ''),
      );
      const sheet = (await activeSheetName(page)) ?? '';
      await pane.getByText(messagePattern(t.clients.find.inserted(sheet, 1))).waitFor();
      const row = await sheetRecord(page, sheet, 2);
      expect({
        name: row['Nom *']?.value,
        phone: row['Téléphone']?.value,
        mobile: row['Mobile']?.value,
        vat: row['N° TVA / IDE']?.value,
        country: row['Pays']?.value,
        nationality: row['Nationalité']?.value,
        practice: row["Pays d'exercice"]?.value,
        language: row['Langue']?.value,
        birthDate: row['Date de naissance']?.text,
        birthDateFormat: row['Date de naissance']?.numberFormat,
      }).toEqual({
        name: 'Favre',
        phone: '+41 22 310 45 67',
        mobile: '+41 79 412 33 21',
        vat: 'CHE-123.456.788 TVA',
        country: 'Suisse',
        nationality: 'Suisse',
        practice: 'Suisse',
        language: 'Français',
        birthDate: '10.03.1981',
        birthDateFormat: 'dd.mm.yyyy',
      });
    },
  },
  {
    name: '6 · Clients: edit and save the profile (focus on each result)',
    run: async (context) => {
      const { page, pane, t, screen } = context;
      const panel = pane.getByRole('tabpanel');
      await pane.getByRole('button', { name: t.clients.profile.details }).click();
      const city = pane.getByRole('textbox', { name: t.clients.fields.city, exact: true });
      await city.waitFor();
      await expectFocusIn(page, panel, t.clients.profile.details);
      await city.fill('Carouge');
      await screen('edit');
      await pane.getByRole('button', { name: t.clients.form.save, exact: true }).click();
      await pane.getByText(t.clients.form.saved).waitFor();
      await expectFocusIn(page, panel, t.clients.form.save);
      expect(await focused(page)).not.toMatch(/^button/);
      await pane.getByRole('button', { name: t.clients.profile.back }).click();
      const search = pane.getByRole('searchbox', { name: t.clients.find.searchLabel });
      await expectFocusIn(page, search, t.clients.profile.back);
    },
  },
  {
    name: '6 · Clients: the form’s error summary; 3 · nothing invented; 4 · « Utiliser sans enregistrer », then « Enregistrer maintenant »; 1 · agreement',
    run: async (context) => {
      const { page, pane, t, api, language, screen } = context;
      const panel = pane.getByRole('tabpanel');
      await pane.getByRole('button', { name: t.clients.find.addClient }).click();
      const email = pane.getByRole('textbox', { name: t.clients.fields.email, exact: true });
      await email.waitFor();
      await expectFocusIn(page, panel, t.clients.find.addClient);
      // Only the country is given by default: nationality and country of practice stay empty.
      expect(await pane.getByRole('combobox', { name: t.clients.fields.country, exact: true }).inputValue()).toBe(
        countryName('CH', language),
      );
      expect(await pane.getByRole('combobox', { name: t.clients.fields.nationality, exact: true }).inputValue()).toBe('');
      expect(await pane.getByRole('combobox', { name: t.clients.fields.practiceCountry, exact: true }).inputValue()).toBe('');
      // An invalid e-mail and no name: the summary names each field and takes the focus; an entry leads to its field.
      await email.fill('nadia.gaillard@');
      await pane.getByRole('button', { name: t.clients.form.useWithoutSaving, exact: true }).click();
      const errors = pane.getByRole('heading', { name: messagePattern(t.clients.form.fixErrors(3)) });
      await errors.waitFor();
      expect(await errors.evaluate((element) => element === document.activeElement)).toBe(true);
      for (const field of [t.clients.fields.lastName, t.clients.fields.firstName, t.clients.fields.email])
        await panel.getByRole('button', { name: startingWith(t.clients.form.errorEntry(field, '')) }).waitFor();
      await screen('form-errors');
      await panel.getByRole('button', { name: startingWith(t.clients.form.errorEntry(t.clients.fields.email, '')) }).click();
      expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
      await pane.getByRole('combobox', { name: t.clients.fields.title, exact: true }).selectOption('Mme');
      await pane.getByRole('textbox', { name: t.clients.fields.lastName, exact: true }).fill('Gaillard');
      await pane.getByRole('textbox', { name: t.clients.fields.firstName, exact: true }).fill('Nadia');
      await email.fill('nadia.gaillard@example.ch');
      await screen('create');
      // The box "Enregistrer les informations du client" unchecked: the button says what it does, and the unsaved
      // card offers "Enregistrer maintenant", so the typing is not lost.
      await pane.getByRole('button', { name: t.clients.form.useWithoutSaving, exact: true }).click();
      await pane.getByRole('button', { name: t.clients.profile.saveNow }).waitFor();
      expect((await api.searchClients({ q: 'gaillard' })).total).toBe(0);
      await screen('unsaved');
      await pane.getByRole('button', { name: t.clients.profile.saveNow }).click();
      await panel.getByText(messagePattern(t.clients.form.created('Gaillard Nadia', 'CODE', 'Mme'))).waitFor();
      await pane.getByRole('button', { name: t.clients.profile.delete, exact: true }).waitFor();
      const [stored] = (await api.searchClients({ q: 'gaillard' })).items;
      expect(stored).toMatchObject({ title: 'Mme', country: 'CH', nationality: null, practiceCountry: null });
      await screen('created');
    },
  },
  {
    name: '4 · Clients: delete, find it again with « Clients supprimés », restore',
    run: async (context) => {
      const { page, pane, t, screen } = context;
      await pane.getByRole('button', { name: t.clients.profile.delete, exact: true }).click();
      const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
      await dialog.getByText(messagePattern(t.clients.profile.deleteBody('Gaillard Nadia', 'Mme'))).waitFor();
      await dialog.getByRole('button', { name: t.clients.profile.confirmDelete }).click();
      await pane.getByRole('button', { name: t.clients.profile.restore }).waitFor();
      await screen('deleted');
      await pane.getByRole('button', { name: t.clients.profile.back }).click();
      const list = pane.getByRole('listbox', { name: t.clients.find.listLabel });
      await pane.getByRole('searchbox', { name: t.clients.find.searchLabel }).fill('');
      await list.getByRole('option').first().waitFor();
      expect(await list.getByRole('option', { name: /Gaillard Nadia/ }).count()).toBe(0);
      const deletedOnly = pane.getByRole('switch', { name: t.clients.find.deletedOnly });
      await deletedOnly.click();
      await list.getByRole('option', { name: /Gaillard Nadia/ }).click();
      await screen('deleted-profile');
      // As the confirmation promised: restored from its profile, the client is back in the list.
      await pane.getByRole('button', { name: t.clients.profile.restore }).click();
      await pane.getByText(t.clients.profile.restored).waitFor();
      await screen('restored');
      await pane.getByRole('button', { name: t.clients.profile.back }).click();
      await deletedOnly.click();
      await list.getByRole('option', { name: /Gaillard Nadia/ }).waitFor();
    },
  },
];

describe.each(configurations)('the pane a Swiss office worker expects (issue 17), $language at $width px', (configuration) => {
  let bench: BrowserBench | undefined;
  let api: StoreClient | undefined;

  beforeAll(async () => {
    // The token's display name is what the pane shows as the author ("Créé par Poste local").
    bench = await startBrowserBench('poste-local', 'Poste local');
    api = createStoreClient({ storeUrl: bench.store.url, token: bench.token });
    for (const [lastName, firstName, city] of [
      ['Dupont', 'Marie', 'Genève'],
      ['Keller', 'Hans', 'Bern'],
      ['Martin', 'Anne', 'Fribourg'],
    ] as const) {
      await api.createClient({ lastName, firstName, city, email: `${firstName}.${lastName}@exemple.ch`.toLowerCase() });
    }
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it.each([false, true])(
    'walks every screen (dark Office theme: %s)',
    async (dark) => {
      if (!bench || !api) throw new Error('the browser bench did not start');
      const page = await bench.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const query = new URLSearchParams();
      if (configuration.language === 'en') query.set('lang', 'en-US');
      if (dark) query.set('theme', 'dark');
      await page.goto(`${bench.server.origin}/preview.html?${query.toString()}`);
      const t = configuration.language === 'en' ? (en as typeof fr) : fr;
      const pane = page.getByRole('complementary');
      await pane.getByRole('status', { name: t.status.label }).getByText(t.status.connected, { exact: true }).waitFor();
      await pane.evaluate((element, width) => {
        (element as HTMLElement).style.width = `${width}px`;
      }, configuration.width);
      const prefix = `swiss-${configuration.language}-${configuration.width}${dark ? '-dark' : ''}`;
      let shots = 0;
      const shot = async (name: string) => {
        shots += 1;
        await pane.screenshot({ path: path.join(resultsDir, `${prefix}-${String(shots).padStart(2, '0')}-${name}.png`) });
      };
      const context: StepContext = {
        ...configuration,
        page,
        pane,
        t,
        api,
        shot,
        screen: async (name) => {
          await expectNoSeriousViolations(page, `${prefix}: ${name}`);
          // One primary button per view (none where the view asks nothing of the user).
          const primary = await primaryButtons(page, pane);
          expect({ screen: name, primary: primary.length <= 1 ? 'at most one' : primary }).toEqual({
            screen: name,
            primary: 'at most one',
          });
          await shot(name);
        },
      };
      await expectNoSeriousViolations(page, `${prefix}: start`);
      await expectNoSeriousViolations(page, `${prefix}: preview page`, 'page');
      if (dark) {
        // The dark theme: the pane follows Office's "Black" theme; one walk of the main screens, with axe (contrast).
        if (configuration.language === 'fr' && configuration.width === 320)
          await pane.screenshot({ path: path.join(docsDir, 'pane-dark.png') });
        for (const step of steps.filter((candidate) => /^(7 · Clients|4 · Clients: search)/.test(candidate.name))) await step.run(context);
      } else {
        for (const step of steps) {
          try {
            await step.run(context);
          } catch (error) {
            throw new Error(`step "${step.name}" (${prefix}): ${(error as Error).message}`);
          }
        }
      }
      expect(bench.pageErrors).toEqual([]);
      expect(bench.routed.blocked).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
