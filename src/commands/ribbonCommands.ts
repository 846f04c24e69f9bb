import { createStoreClient } from '../api-client/createStoreClient';
import { DEFAULT_HOME_COUNTRY } from '../domain/validation/NormalizeOptions';
import type { ExcelGateway } from '../excel/excelGateway';
import type { UiLanguage } from '../excel/officeHost';
import { loadStoreSettings } from '../excel/settingsStorage';

/** What Office passes to an ExecuteFunction command: it must be told when the command is done. */
export type CommandEvent = { completed: () => void };

export type RibbonCommandDependencies = {
  excel: Pick<ExcelGateway, 'insertTemplateSheet' | 'validateActiveSheet'>;
  language: () => UiLanguage;
  homeCountry: () => Promise<string>;
};

export type RibbonCommands = {
  insertTemplate: (event: CommandEvent) => Promise<void>;
  validateSheet: (event: CommandEvent) => Promise<void>;
};

/**
 * The ribbon's "Insérer le modèle" and "Valider la feuille": the same named operations as the pane's buttons.
 * Office is told the command is done whatever happens; a failure is then rethrown for the runtime's log.
 */
export function createRibbonCommands(dependencies: RibbonCommandDependencies): RibbonCommands {
  const run = async (event: CommandEvent, operation: () => Promise<unknown>) => {
    try {
      await operation();
    } finally {
      event.completed();
    }
  };
  return {
    insertTemplate: (event) => run(event, () => dependencies.excel.insertTemplateSheet()),
    validateSheet: (event) =>
      run(event, async () =>
        dependencies.excel.validateActiveSheet({ homeCountry: await dependencies.homeCountry(), lang: dependencies.language() }),
      ),
  };
}

/** The home country of the configured store; CH when no store is configured or it does not answer. */
export async function storeHomeCountry(language: UiLanguage): Promise<string> {
  const settings = loadStoreSettings();
  if (settings === null) return DEFAULT_HOME_COUNTRY;
  try {
    const client = createStoreClient({ storeUrl: settings.storeUrl, token: settings.token, language });
    return (await client.getSettings()).homeCountry;
  } catch {
    return DEFAULT_HOME_COUNTRY;
  }
}
