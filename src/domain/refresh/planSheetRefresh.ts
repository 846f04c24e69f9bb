import { cellToText } from '../cells/cellToText';
import { changedKeys, mergeThreeWay } from '../merge/mergeThreeWay';
import type { FieldConflict, SheetConflict } from '../merge/SheetConflict';
import type { Language } from '../messages/Language';
import { formatSheetDay, sheetMessages } from '../messages/sheetTexts';
import { COLUMN_KEYS, type ColumnKey } from '../template/ColumnKey';
import { templateCellValue } from '../template/templateCellValues';
import type { ClientValues, FullClientValues } from '../validation/ClientValues';
import { createValueNormalizer } from '../validation/createValueNormalizer';
import { readRowVersion } from '../validation/rowVersion';

// "Actualiser depuis la base": what a refresh from the store does to a sheet of clients with codes, decided on plain
// data. The Excel side reads the rows (readRefreshRow), asks the store (refreshLookup), and writes what
// planSheetRefresh says.

/** Where a sheet's refresh reads: 0-based indexes into a read row of the code, of the "Version" cell and of each key. */
export type RefreshColumns = {
  code: number;
  /** null when the sheet has no "Version" column: no row then knows its base. */
  version: number | null;
  /** The template keys the sheet carries in one column of their own (not the code), as read and written. */
  keys: readonly { key: ColumnKey; index: number }[];
};

/** A sheet row with a client code: its code as the store keeps codes, the version it was filled from, its values. */
export type RefreshRow = {
  /** Sheet row number (1-based). */
  row: number;
  code: string;
  version: number | null;
  /** Normalised by the template engine, as an import normalises them; only the keys the sheet carries. */
  values: ClientValues;
};

/**
 * Reads a sheet row for a refresh (the cells of `columns`, as Excel gives them); null for a row without a code. The
 * code and the values are read with the template engine's rules for `homeCountry`, the ones the store applied.
 */
export function createRefreshRowReader(columns: RefreshColumns, options: { homeCountry: string }) {
  const normalizeCode = createValueNormalizer({ keys: ['code'] });
  const normalize = createValueNormalizer({ homeCountry: options.homeCountry, keys: columns.keys.map((column) => column.key) });
  return (cells: readonly unknown[], row: number): RefreshRow | null => {
    const codeCell = cells[columns.code];
    const read = normalizeCode({ code: codeCell });
    const code = read.values.code ?? cellToText(codeCell);
    if (code === '') return null;
    const input: Partial<Record<ColumnKey, unknown>> = {};
    for (const column of columns.keys) input[column.key] = cells[column.index];
    const values: ClientValues = {};
    const normalized = normalize(input).values;
    for (const column of columns.keys) values[column.key] = normalized[column.key] ?? null;
    return { row, code, version: columns.version === null ? null : (readRowVersion(cells[columns.version]) ?? null), values };
  };
}

/** The lookup a batch of rows asks the store for: each code once, with the version its first row was filled from. */
export function refreshLookup(rows: readonly RefreshRow[]): { codes: string[]; versions: Record<string, number> } {
  const codes: string[] = [];
  const versions: Record<string, number> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code)) continue;
    seen.add(row.code);
    codes.push(row.code);
    if (row.version !== null) versions[row.code] = row.version;
  }
  return { codes, versions };
}

/** A client as the store answers it: its values (the template's keys), id, code and version. */
export type StoreClient = ClientValues & { id: string; code: string; version: number };

/** The store's answer to a refresh lookup (the contract's ClientLookupResult has this shape). */
export type RefreshAnswer = {
  clients: readonly StoreClient[];
  deleted: readonly Pick<StoreClient, 'code'>[];
  bases: readonly { code: string; version: number; values: ClientValues }[];
};

/** What a refresh writes into a row's "Statut import" cell. */
export type RefreshRowStatus =
  | { row: number; status: 'refreshed' }
  | { row: number; status: 'deleted' }
  | { row: number; status: 'unknown_code' }
  | { row: number; status: 'conflict'; keys: ColumnKey[] };

/** A cell a refresh writes: the store's value of `key`, as the template's cells show it (templateCellValue); null empties it. */
export type RefreshCellWrite = { row: number; key: ColumnKey; value: string | null };

export type RefreshCounts = {
  /** Cells written with the store's value. */
  updatedCells: number;
  /** Rows whose client is deleted in the store, rows whose code no client has. */
  deletedRows: number;
  unknownRows: number;
  /** Fields that the sheet and the store both changed (each a cell left as it is), and the rows holding them. */
  conflictFields: number;
  conflictRows: number;
};

export type RefreshPlan = {
  writes: RefreshCellWrite[];
  /** The rows whose "Version" cell now names the client's current version (no conflict left in them). */
  versions: { row: number; version: number }[];
  statuses: RefreshRowStatus[];
  conflicts: SheetConflict[];
  counts: RefreshCounts;
};

const full = (values: ClientValues): FullClientValues =>
  Object.fromEntries(COLUMN_KEYS.map((key) => [key, values[key] ?? null])) as FullClientValues;

/**
 * Decides a refresh of `rows` from the store's `answer`. Per row: a deleted client → status `deleted`; a code no client
 * has → `unknown_code`; the row's version is the client's → nothing changed in the store, nothing to do; else, with the
 * client as it was at the row's version (a base), the three-way merge: keys only the store changed are written with the
 * store's value, keys both changed differently are conflicts (the cell is left); without a base (no Version cell, or a
 * version the store does not know), every key whose cell differs from the store is a conflict. The Version cell takes
 * the current version when no conflict is left in the row, and its status then reads `refreshed`.
 */
export function planSheetRefresh(rows: readonly RefreshRow[], answer: RefreshAnswer): RefreshPlan {
  const clients = new Map(answer.clients.map((client) => [client.code, client]));
  const deleted = new Set(answer.deleted.map((client) => client.code));
  const bases = new Map(answer.bases.map((base) => [`${base.code}\u0000${base.version}`, full(base.values)]));
  const plan: RefreshPlan = {
    writes: [],
    versions: [],
    statuses: [],
    conflicts: [],
    counts: { updatedCells: 0, deletedRows: 0, unknownRows: 0, conflictFields: 0, conflictRows: 0 },
  };
  for (const row of rows) {
    const client = clients.get(row.code);
    if (client === undefined) {
      const status = deleted.has(row.code) ? 'deleted' : 'unknown_code';
      plan.statuses.push({ row: row.row, status });
      if (status === 'deleted') plan.counts.deletedRows += 1;
      else plan.counts.unknownRows += 1;
      continue;
    }
    if (row.version === client.version) continue;
    const store = full(client);
    const base = row.version === null ? undefined : bases.get(`${row.code}\u0000${row.version}`);
    const { kept, conflicts } =
      base === undefined
        ? { kept: [], conflicts: changedKeys(row.values, store).filter((key) => row.values[key] !== undefined) }
        : mergeThreeWay(base, row.values, store);
    for (const key of kept) plan.writes.push({ row: row.row, key, value: templateCellValue(key, store[key]) });
    plan.counts.updatedCells += kept.length;
    if (conflicts.length > 0) {
      const fields: FieldConflict[] = conflicts.map((key) => ({ key, sheet: row.values[key] ?? null, store: store[key] }));
      plan.conflicts.push({ row: row.row, clientId: client.id, code: client.code, currentVersion: client.version, fields });
      plan.statuses.push({ row: row.row, status: 'conflict', keys: conflicts });
      plan.counts.conflictFields += conflicts.length;
      plan.counts.conflictRows += 1;
      continue;
    }
    // The row is now at the client's version (its status says so, replacing an earlier conflict the user settled).
    plan.versions.push({ row: row.row, version: client.version });
    plan.statuses.push({ row: row.row, status: 'refreshed' });
  }
  return plan;
}

/**
 * "Actualisé le 03.12.2026", "Supprimé dans la base", "Code inconnu dans la base", "Conflit : Localité, Email *": a
 * row's status after a refresh in the reader's language; `headerOf` names a key's column as the sheet's header does.
 */
export function describeRefreshStatus(status: RefreshRowStatus, headerOf: (key: ColumnKey) => string, date: Date, lang: Language): string {
  const texts = sheetMessages[lang].refreshStatus;
  switch (status.status) {
    case 'refreshed':
      return texts.refreshed(formatSheetDay(date, lang));
    case 'deleted':
      return texts.deleted;
    case 'unknown_code':
      return texts.unknownCode;
    case 'conflict':
      return texts.conflict(status.keys.map(headerOf).join(', '));
  }
}
