import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createStoreClient } from '@/api-client/createStoreClient';
import { en } from '@/taskpane/i18n/en';
import { fr } from '@/taskpane/i18n/fr';
import { expectNoSeriousViolations } from './support/axe';
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
type StepContext = Configuration & { page: Page; pane: Locator; t: typeof fr; shot: (name: string) => Promise<void> };
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

// Issue 17's scenario, walked as a new user would on the preview page against a real store, in French and in
// English, in a 320 px and a 450 px pane, with axe-core on every screen. Each step names the point of the issue it
// walks; a point's new checks are added as steps (or inside the step of that point).
const steps: Step[] = [
  {
    name: '2 · Importer: insert the template',
    run: async ({ pane, t, shot }) => {
      await pane.getByRole('tab', { name: t.tabs.importer }).click();
      await pane.getByRole('button', { name: t.importer.insertTemplate }).click();
      await pane.getByRole('button', { name: t.importer.validate }).waitFor();
      await shot('template');
    },
  },
  {
    name: '4 · Importer: the template’s example row is said, never counted as a client',
    run: async (context) => {
      const { page, pane, t, shot } = context;
      await pane.getByRole('button', { name: t.importer.validate }).click();
      const report = pane.getByRole('region', { name: t.importer.reportLabel });
      await report
        .getByRole('button', { name: /^1\s×\s/ })
        .first()
        .waitFor();
      const information = report.getByRole('region', { name: t.importer.report.information });
      await information.getByRole('button', { name: /^1\s×\s/ }).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: template validated`);
      await shot('template-validated');
    },
  },
  {
    name: '1 · Words: no developer jargon in the pane',
    run: async ({ pane }) => {
      const text = await pane.innerText();
      expect(text).not.toMatch(/SQLite|PostgreSQL|magasin|\bstore\b|local-dev|npm run|Colonnes non reconnues[^\n]*Statut import/);
    },
  },
  {
    name: '5 · Importer: validate the demo sheet (marks), then import it',
    run: async (context) => {
      const { page, pane, t, shot } = context;
      // The demo sheet "Clients", chosen in the preview's workbook tabs as in Excel's sheet tabs.
      await page.getByRole('region', { name: 'Classeur en mémoire' }).getByRole('tab', { name: 'Clients', exact: true }).click();
      await pane.getByRole('button', { name: t.importer.refresh }).click();
      await pane.getByRole('button', { name: t.importer.validate }).click();
      await pane.getByRole('region', { name: t.importer.reportLabel }).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: validation report`);
      await shot('validated');
      await saveReadmeImage(context, 'importer');
      await pane.getByRole('button', { name: t.importer.importButton }).click();
      const summary = pane.getByRole('region', { name: t.importer.importSummaryLabel });
      await summary.waitFor();
      // The summary and its "Annuler cet import" at the top of the pane, within the first screen.
      const undo = summary.getByRole('button', { name: t.importer.revertImport });
      const [paneBox, undoBox] = [await pane.boundingBox(), await undo.boundingBox()];
      expect((undoBox?.y ?? Infinity) - (paneBox?.y ?? 0)).toBeLessThan(900);
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: import summary`);
      await shot('imported');
    },
  },
  {
    name: '4 · Clients: search a client and open the profile',
    run: async (context) => {
      const { page, pane, t, shot } = context;
      await pane.getByRole('tab', { name: t.tabs.clients }).click();
      const list = pane.getByRole('listbox', { name: t.clients.find.listLabel });
      await list.getByRole('option').first().waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: client list`);
      await shot('clients');
      await saveReadmeImage(context, 'pane');
      await saveReadmeImage(context, 'pane-en');
      await saveReadmeImage(context, 'preview');
      await pane.getByRole('searchbox', { name: t.clients.find.searchLabel }).fill('Rochat');
      await list
        .getByRole('option', { name: /Rochat/ })
        .first()
        .click();
      await pane.getByRole('button', { name: t.clients.profile.details }).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: profile`);
      await shot('profile');
    },
  },
  {
    name: '6 · Clients: edit and save the profile',
    run: async (context) => {
      const { page, pane, t, shot } = context;
      await pane.getByRole('button', { name: t.clients.profile.details }).click();
      await pane.getByRole('textbox', { name: t.clients.fields.city, exact: true }).fill('Carouge');
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: edit form`);
      await shot('edit');
      await pane.getByRole('button', { name: t.clients.form.save, exact: true }).click();
      await pane.getByText(t.clients.form.saved).waitFor();
      await pane.getByRole('button', { name: t.clients.profile.back }).click();
    },
  },
  {
    name: '4 · Clients: create a client',
    run: async (context) => {
      const { page, pane, t, shot } = context;
      await pane.getByRole('button', { name: t.clients.find.addClient }).click();
      await pane.getByRole('textbox', { name: t.clients.fields.lastName, exact: true }).fill('Gaillard');
      await pane.getByRole('textbox', { name: t.clients.fields.firstName, exact: true }).fill('Nadia');
      await pane.getByRole('textbox', { name: t.clients.fields.email, exact: true }).fill('nadia.gaillard@example.ch');
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: create form`);
      await shot('create');
      // The box "Enregistrer les informations du client" unchecked: the button says what it does, and the unsaved
      // card offers "Enregistrer maintenant", so the typing is not lost.
      await pane.getByRole('button', { name: t.clients.form.useWithoutSaving, exact: true }).click();
      await pane.getByRole('button', { name: t.clients.profile.saveNow }).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: unsaved client`);
      await shot('unsaved');
      await pane.getByRole('button', { name: t.clients.profile.saveNow }).click();
      await pane.getByRole('button', { name: t.clients.profile.delete, exact: true }).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: created`);
      await shot('created');
    },
  },
  {
    name: '4 · Clients: delete the client just created',
    run: async (context) => {
      const { page, pane, t, shot } = context;
      await pane.getByRole('button', { name: t.clients.profile.delete, exact: true }).click();
      const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
      await dialog.getByRole('button', { name: t.clients.profile.confirmDelete }).click();
      await pane.getByRole('button', { name: t.clients.profile.restore }).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: deleted`);
      await shot('deleted');
      // As the confirmation promised: restored from its profile, the client is back.
      await pane.getByRole('button', { name: t.clients.profile.restore }).click();
      await pane.getByText(t.clients.profile.restored).waitFor();
      await expectNoSeriousViolations(page, `${context.language} ${context.width} px: restored`);
      await shot('restored');
    },
  },
];

describe.each(configurations)('the pane a Swiss office worker expects (issue 17), $language at $width px', (configuration) => {
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('poste-local');
    const api = createStoreClient({ storeUrl: bench.store.url, token: bench.token });
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
      if (!bench) throw new Error('the browser bench did not start');
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
      const context: StepContext = {
        ...configuration,
        page,
        pane,
        t,
        shot: async (name) => {
          shots += 1;
          await pane.screenshot({ path: path.join(resultsDir, `${prefix}-${String(shots).padStart(2, '0')}-${name}.png`) });
        },
      };
      await expectNoSeriousViolations(page, `${prefix}: start`);
      await expectNoSeriousViolations(page, `${prefix}: preview page`, 'page');
      if (dark) {
        // The dark theme: the pane follows Office's "Black" theme; one walk of the main screens, with axe (contrast).
        if (configuration.language === 'fr' && configuration.width === 320)
          await pane.screenshot({ path: path.join(docsDir, 'pane-dark.png') });
        await steps.find((step) => step.name.startsWith('4 · Clients: search'))?.run(context);
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
