import { createStoreClient } from '@/api-client/createStoreClient';
import { CLIENT_LOOKUP_MAX, type ClientLookup, type ClientLookupResult } from '@/contract/ClientLookup';
import type { MessageDialogContent } from '@/dialog/MessageDialogContent';
import { DEFAULT_HOME_COUNTRY, TEMPLATE_LANGUAGE, type Language } from '@/domain';
import type { ExcelGateway } from '@/excel/excelGateway';
import type { RememberedMapping } from '@/excel/marks/validateActiveSheet';
import { loadStoreSettings } from '@/excel/settingsStorage';
import { fingerprintStoreKey } from '@/domain';
import { describeCommandFailure, type RibbonCommandName } from './describeCommandFailure';
import { describeRefresh } from './describeRefresh';
import { describeValidation } from './describeValidation';
import { paneMessages } from '@/taskpane/i18n/paneMessages';
import { isLaunchAcknowledged, postLaunchRequest, type LaunchStorage } from '@/taskpane/launch/launchChannel';

/** What Office passes to an ExecuteFunction command: it must be told when the command is done. */
export type CommandEvent = { completed: () => void };

/** Shows a message to the user; resolves once they closed it, or at once when it cannot be shown. Never rejects. */
export type ShowMessageDialog = (content: MessageDialogContent) => Promise<void>;

export type RibbonCommandDependencies = {
  excel: Pick<ExcelGateway, 'insertTemplateSheet' | 'validateActiveSheet' | 'refreshSheetFromStore'>;
  language: () => Language;
  homeCountry: () => Promise<string>;
  /** The mapping the store remembers for a header signature (as the pane's validation looks it up). */
  findMapping?: (signature: string) => Promise<RememberedMapping | null>;
  showDialog: ShowMessageDialog;
  /** The configured store's client lookup (POST /clients/lookup), for "Actualiser depuis la base"; null without a store. */
  storeLookup?: () => StoreLookup | null;
  /** The key the sheets' fingerprints for the configured store are filed under (fingerprintStoreKey); null without a store. */
  storeFingerprintKey?: () => string | null;
  /** The add-in origin's localStorage, where "Importer" posts its request to the pane (launchChannel); null without it. */
  launchStorage?: LaunchStorage | null;
  /** Waits (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

/** Looks clients up in the store by code, with the versions the rows were filled from. */
export type StoreLookup = (lookup: ClientLookup) => Promise<ClientLookupResult>;

export type RibbonCommands = {
  insertTemplate: (event: CommandEvent) => Promise<void>;
  refreshFromStore: (event: CommandEvent) => Promise<void>;
  validateSheet: (event: CommandEvent) => Promise<void>;
  requestImport: (event: CommandEvent) => Promise<void>;
};

/** How long "Importer" waits for an open pane to take its request before saying the pane is closed. */
export const LAUNCH_ACK_WAIT_MS = 2500;
const ackPollMs = 100;

/**
 * The ribbon's "Insérer le modèle" and "Valider la feuille": the same named operations as the pane's buttons, then a
 * dialog that says what happened (none after a template inserted: the new sheet shows it). Office is told the command
 * is done as soon as the work is done and its dialog asked for, not when the user closes it (a command must complete
 * well before ExecuteFunction's 5-minute limit); a failure is rethrown, for the runtime's log, once the dialog is closed.
 * While a command runs (its dialog included), another click completes at once and does nothing.
 */
export function createRibbonCommands(dependencies: RibbonCommandDependencies): RibbonCommands {
  let running = false;
  const run = async (
    event: CommandEvent,
    command: RibbonCommandName,
    operation: () => Promise<MessageDialogContent | null>,
  ): Promise<void> => {
    if (running) {
      event.completed();
      return;
    }
    running = true;
    let completed = false;
    const complete = () => {
      if (completed) return;
      completed = true;
      event.completed();
    };
    let failure: { error: unknown } | null = null;
    try {
      let dialog: MessageDialogContent | null;
      try {
        dialog = await operation();
      } catch (error) {
        failure = { error };
        dialog = describeCommandFailure(command, error, dependencies.language());
      }
      if (dialog !== null) {
        const closed = dependencies.showDialog(dialog);
        complete();
        await closed;
      }
    } finally {
      running = false;
      complete();
    }
    if (failure !== null) throw failure.error;
  };
  return {
    insertTemplate: (event) =>
      run(event, 'insertTemplate', async () => {
        await dependencies.excel.insertTemplateSheet();
        return null;
      }),
    validateSheet: (event) =>
      run(event, 'validateSheet', async () => {
        const lang = dependencies.language();
        const { findMapping } = dependencies;
        const result = await dependencies.excel.validateActiveSheet({
          homeCountry: await dependencies.homeCountry(),
          lang,
          ...(findMapping === undefined ? {} : { findMapping }),
        });
        return describeValidation(result, lang);
      }),
    // "Actualiser depuis la base": the pane's operation on the active sheet, with the configured store.
    refreshFromStore: (event) =>
      run(event, 'refreshFromStore', async () => {
        const lang = dependencies.language();
        const lookup = dependencies.storeLookup?.() ?? null;
        if (lookup === null) {
          const t = paneMessages[lang];
          return { lang, kind: 'info', title: t.commands.refreshTitle, lines: [t.refresh.storeMissing] };
        }
        const { findMapping } = dependencies;
        const result = await dependencies.excel.refreshSheetFromStore({
          homeCountry: await dependencies.homeCountry(),
          lang: TEMPLATE_LANGUAGE,
          lookup,
          codesPerLookup: CLIENT_LOOKUP_MAX,
          ...(findMapping === undefined ? {} : { findMapping }),
          ...fingerprintKeyOption(dependencies.storeFingerprintKey?.() ?? null),
        });
        return describeRefresh(result, lang);
      }),
    // "Importer": posts the request to the pane (never reloads it); an open pane acknowledges it and imports, else the
    // dialog says to open the pane, which takes the request on load.
    requestImport: (event) =>
      run(event, 'requestImport', async () => {
        const lang = dependencies.language();
        const t = paneMessages[lang].commands;
        const closed: MessageDialogContent = { lang, kind: 'info', title: t.importTitle, lines: [t.importPaneClosed] };
        const storage = dependencies.launchStorage ?? null;
        if (storage === null) return closed;
        const now = dependencies.now ?? Date.now;
        const sleep = dependencies.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
        const id = `${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        postLaunchRequest(storage, { id, action: 'import', at: now() });
        for (let waited = 0; waited < LAUNCH_ACK_WAIT_MS; waited += ackPollMs) {
          if (isLaunchAcknowledged(storage, id)) return null;
          await sleep(ackPollMs);
        }
        return isLaunchAcknowledged(storage, id) ? null : closed;
      }),
  };
}

/** The home country of the configured store; CH when no store is configured or it does not answer. */
export async function storeHomeCountry(language: Language): Promise<string> {
  const settings = loadStoreSettings();
  if (settings === null) return DEFAULT_HOME_COUNTRY;
  try {
    const client = createStoreClient({ storeUrl: settings.storeUrl, token: settings.token, language });
    return (await client.getSettings()).homeCountry;
  } catch {
    return DEFAULT_HOME_COUNTRY;
  }
}

/** The option that has a refresh forget the fingerprints of the rows it touched, when the store is known. */
function fingerprintKeyOption(key: string | null): { fingerprintKey?: string } {
  return key === null ? {} : { fingerprintKey: key };
}

/** The key the configured store's fingerprints are filed under; null when no store is configured. */
export function configuredFingerprintKey(): string | null {
  const settings = loadStoreSettings();
  return settings === null ? null : fingerprintStoreKey(settings.storeUrl);
}

/** The configured store's client lookup; null when no store is configured. */
export function configuredStoreLookup(language: Language): StoreLookup | null {
  const settings = loadStoreSettings();
  if (settings === null) return null;
  const client = createStoreClient({ storeUrl: settings.storeUrl, token: settings.token, language });
  return (lookup) => client.lookupClients(lookup);
}

/**
 * The mapping the configured store remembers for a header signature: null without a store or when none is; rejects when
 * the store fails (the validation then reads the headers with the engine alone).
 */
export async function storeRememberedMapping(language: Language, signature: string): Promise<RememberedMapping | null> {
  const settings = loadStoreSettings();
  if (settings === null) return null;
  const client = createStoreClient({ storeUrl: settings.storeUrl, token: settings.token, language });
  const saved = await client.getMapping(signature);
  return saved === null ? null : { mapping: saved.columns, savedBy: saved.savedBy, savedAt: saved.savedAt };
}
