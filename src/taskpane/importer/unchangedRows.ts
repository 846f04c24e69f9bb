import { rowFingerprint, type ColumnKey } from '@/domain';
import { IMPORT_BATCH_MAX_ROWS, type ImportRow } from '@/contract/ImportRequest';
import { inBatches } from './planImport';

/** The fingerprints of a sheet's rows as last imported or refreshed, by client code (fingerprintStore). */
export type RowFingerprints = ReadonlyMap<string, string>;

/** What an import or a refresh changes in the fingerprints: a code's new fingerprint, or null to forget it. */
export type FingerprintUpdates = Map<string, string | null>;

function codeOf(row: ImportRow): string | null {
  const code = row.values.code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/**
 * The rows an import sends, and those it leaves out because they have not changed since their client was last imported
 * or refreshed from this sheet: a row is left out only when it has a code that no other row has and its values have
 * the fingerprint filed under that code. Every other row is sent (a new row, a changed one, two rows with one code):
 * correctness before economy.
 */
export function leaveOutUnchanged(
  rows: readonly ImportRow[],
  fingerprints: RowFingerprints,
): { send: ImportRow[]; unchanged: ImportRow[] } {
  const rowsPerCode = new Map<string, number>();
  for (const row of rows) {
    const code = codeOf(row);
    if (code !== null) rowsPerCode.set(code, (rowsPerCode.get(code) ?? 0) + 1);
  }
  const send: ImportRow[] = [];
  const unchanged: ImportRow[] = [];
  for (const row of rows) {
    const code = codeOf(row);
    const filed = code === null || rowsPerCode.get(code) !== 1 ? undefined : fingerprints.get(code);
    if (filed !== undefined && filed === rowFingerprint(row.values)) unchanged.push(row);
    else send.push(row);
  }
  return { send, unchanged };
}

/** What the store answered for a sent row, as far as its fingerprint goes. */
export type FingerprintedOutcome = {
  row: number;
  status: string;
  code?: string | null;
  /** The store's values written back into the row (the keys it kept), so the fingerprint is that of the sheet after. */
  writtenBack?: Partial<Record<ColumnKey, string | null>>;
};

/**
 * The fingerprints an import leaves: a row the store wrote or found unchanged is filed under its client's code with
 * the fingerprint of its values as the sheet holds them after the write-back; a row refused, in conflict or not sent
 * is forgotten (its code, when it had one), so the next import sends it again.
 */
export function fingerprintsAfterImport(rows: readonly ImportRow[], outcomes: readonly FingerprintedOutcome[]): FingerprintUpdates {
  const byRow = new Map(rows.map((row) => [row.row, row]));
  const updates: FingerprintUpdates = new Map();
  for (const outcome of outcomes) {
    const row = byRow.get(outcome.row);
    if (row === undefined) continue;
    const stored = outcome.status === 'created' || outcome.status === 'updated' || outcome.status === 'unchanged';
    if (stored && outcome.code) updates.set(outcome.code, rowFingerprint({ ...row.values, ...outcome.writtenBack }));
    else {
      const code = codeOf(row);
      if (code !== null) updates.set(code, null);
    }
  }
  return updates;
}

/**
 * The plan with the rows that have not changed since the last import or refresh left out (`unchanged` counts them),
 * the others in batches as planImport cut them (at most IMPORT_BATCH_MAX_ROWS, in row order).
 */
export function withoutUnchangedRows<Plan extends { batches: ImportRow[][] }>(
  plan: Plan,
  fingerprints: RowFingerprints,
  batchSize = IMPORT_BATCH_MAX_ROWS,
): Plan & { unchanged: number } {
  const { send, unchanged } = leaveOutUnchanged(plan.batches.flat(), fingerprints);
  return { ...plan, batches: inBatches(send, batchSize), unchanged: unchanged.length };
}
