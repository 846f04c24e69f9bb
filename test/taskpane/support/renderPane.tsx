import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ExcelGateway } from '@/excel/excelGateway';
import type { StoreSettings } from '@/excel/settingsStorage';
import { App } from '@/taskpane/App';
import type { Language } from '@/domain';
import type { PaneExcel, SettingsStorage } from '@/taskpane/services/PaneServices';
import { createFakeStore, type FakeStore, type FakeStoreOptions } from './fakeStore';

export type SheetSummary = Awaited<ReturnType<ExcelGateway['readActiveSheetSummary']>>;

export type FakeSettingsStorage = SettingsStorage & { saved: StoreSettings[] };

/** Settings kept in memory, as the add-in's settings would keep them. */
export function createFakeSettingsStorage(initial: StoreSettings | null = null): FakeSettingsStorage {
  let current = initial;
  const saved: StoreSettings[] = [];
  return {
    saved,
    load: () => current,
    save: async (settings) => {
      saved.push(settings);
      current = settings;
    },
  };
}

/**
 * A workbook whose active sheet is read from `sheets` in turn (the last one repeats): each call reads the next;
 * an `Error` entry is a read that fails.
 */
export function createFakeExcel(sheets: Array<SheetSummary | Error>): PaneExcel & { reads: number } {
  const notFaked = (name: string) => async () => {
    throw new Error(`createFakeExcel does not fake ${name}`);
  };
  const fake = {
    insertTemplateSheet: notFaked('insertTemplateSheet'),
    validateActiveSheet: notFaked('validateActiveSheet'),
    clearMarks: notFaked('clearMarks'),
    selectCell: notFaked('selectCell'),
    addMissingColumns: notFaked('addMissingColumns'),
    writeClientsToSheet: notFaked('writeClientsToSheet'),
    writeImportResults: notFaked('writeImportResults'),
    importFileAsSheet: notFaked('importFileAsSheet'),
    applyValueFixes: notFaked('applyValueFixes'),
    readRowFingerprints: notFaked('readRowFingerprints'),
    recordRowFingerprints: notFaked('recordRowFingerprints'),
    refreshSheetFromStore: notFaked('refreshSheetFromStore'),
    reads: 0,
    readActiveSheetSummary: async () => {
      const sheet = sheets[Math.min(fake.reads, sheets.length - 1)];
      fake.reads += 1;
      if (!sheet) throw new Error('createFakeExcel needs at least one sheet');
      if (sheet instanceof Error) throw sheet;
      return sheet;
    },
  };
  return fake;
}

type RenderPaneOptions = {
  language?: Language;
  saved?: StoreSettings | null;
  store?: FakeStoreOptions;
  sheets?: Array<SheetSummary | Error>;
};

/** Renders the whole pane with fresh fakes and a fresh QueryClient (no retries). */
export function renderPane(options: RenderPaneOptions = {}) {
  const store: FakeStore = createFakeStore(options.store);
  const settingsStorage = createFakeSettingsStorage(options.saved ?? null);
  const excel = createFakeExcel(options.sheets ?? [{ name: 'Clients', usedRows: 42, usedColumns: 18 }]);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <App language={options.language ?? 'fr'} services={{ excel, api: store, settingsStorage }} queryClient={queryClient} />,
  );
  return { ...view, store, settingsStorage, excel, queryClient };
}

export const goodSettings: StoreSettings = { storeUrl: 'https://store.test', token: 'good-token' };
