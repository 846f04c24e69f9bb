import { validateSheet } from '@/domain';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import {
  importSessionReducer,
  initialImportSession,
  isBusy,
  nextImportStep,
  reportOf,
  resultOf,
  revertStateOf,
  type ImportResult,
  type ImportSessionEvent,
  type ImportSessionPhase,
  type ImportSessionState,
} from '@/taskpane/importer/importSession';
import { planImport, type ImportPlan } from '@/taskpane/importer/planImport';
import { clientRow as row, templateHeaders as headers } from './support/importSheetRows';

const validated = (rows: unknown[][]): ActiveSheetValidation => ({
  sheetName: 'Clients',
  validation: validateSheet(rows, { homeCountry: 'CH' }),
  marked: { cells: 0, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0 },
  mapping: { source: 'engine', entries: [], signature: '', sourceColumns: [] },
});
const validation = validated([headers, row(1), row(2, 'not-an-email')]);
const plan = planImport(validation) as ImportPlan;
/** The same sheet after the user fixed its invalid email (validation as you type). */
const fixed = validated([headers, row(1), row(2)]);
const abort = new AbortController();
const resultWith = (stopped: ImportResult['run']['stopped']): ImportResult => ({
  plan,
  run: { outcomes: [], batchIds: ['batch-1'], stopped },
  counts: { created: 1, updated: 0, unchanged: 0, conflict: 0, duplicate: 0, failed: 1, notImported: 0 },
  failedRows: [],
  conflicts: [],
  duplicates: [],
  ignoredDuplicates: [],
  written: null,
  writeError: null,
});
const result = resultWith(null);
const interruptedResult = resultWith({ reason: 'cancelled' });

const at = (phase: ImportSessionPhase): ImportSessionState => ({ ...phase, batchSession: 'keys-1', mappings: [] });
const states = {
  idle: at({ kind: 'idle' }),
  awaiting_launch: at({ kind: 'awaiting_launch' }),
  no_store: at({ kind: 'no_store' }),
  checking: at({ kind: 'validating', intent: 'check' }),
  validating: at({ kind: 'validating', intent: 'import' }),
  failed: at({ kind: 'failed', error: new Error('Excel') }),
  validated: at({ kind: 'validated', validation, hold: null }),
  confirming: at({ kind: 'confirming', validation, plan }),
  importing: at({ kind: 'importing', plan, done: 0, total: 1, abort }),
  done: at({ kind: 'done', result, revertFailure: null }),
  interrupted: at({ kind: 'interrupted', result: interruptedResult, revertFailure: null }),
  reverting: at({ kind: 'reverting', result, after: 'done' }),
  reverted: at({ kind: 'reverted', result, reverted: 1, skipped: 0 }),
} satisfies Record<string, ImportSessionState>;
type StateName = keyof typeof states;

describe('initialImportSession', () => {
  it.each([
    [true, 'awaiting_launch'],
    [false, 'idle'],
  ])('launchImport %s starts %s', (launch, kind) => {
    expect(initialImportSession(launch, 'keys-1')).toEqual({ kind, batchSession: 'keys-1', mappings: [] });
  });
});

describe('importSessionReducer', () => {
  const error = new Error('refused');
  const transitions: Array<[StateName, ImportSessionEvent, ImportSessionState]> = [
    ['idle', { type: 'store_missing' }, states.no_store],
    ['awaiting_launch', { type: 'store_missing' }, states.no_store],
    ['idle', { type: 'validation_started', intent: 'check' }, states.checking],
    ['awaiting_launch', { type: 'validation_started', intent: 'import' }, states.validating],
    ['no_store', { type: 'validation_started', intent: 'import' }, states.validating],
    ['failed', { type: 'validation_started', intent: 'check' }, states.checking],
    ['validated', { type: 'validation_started', intent: 'import' }, states.validating],
    ['confirming', { type: 'validation_started', intent: 'check' }, states.checking],
    ['done', { type: 'validation_started', intent: 'import' }, states.validating],
    ['interrupted', { type: 'validation_started', intent: 'import' }, states.validating],
    ['reverted', { type: 'validation_started', intent: 'check' }, states.checking],
    ['checking', { type: 'validation_failed', error }, at({ kind: 'failed', error })],
    ['validating', { type: 'validation_failed', error }, at({ kind: 'failed', error })],
    ['checking', { type: 'validated', validation, hold: null }, states.validated],
    [
      'validating',
      { type: 'validated', validation, hold: 'missing_columns' },
      at({ kind: 'validated', validation, hold: 'missing_columns' }),
    ],
    ['validating', { type: 'confirmation_asked', validation, plan }, states.confirming],
    ['confirming', { type: 'confirmation_declined' }, states.validated],
    ['validating', { type: 'import_started', plan, abort }, states.importing],
    ['confirming', { type: 'import_started', plan, abort }, states.importing],
    ['importing', { type: 'batch_done', done: 1 }, at({ kind: 'importing', plan, done: 1, total: 1, abort })],
    ['importing', { type: 'import_ended', result }, states.done],
    ['importing', { type: 'import_ended', result: interruptedResult }, states.interrupted],
    ['validated', { type: 'marks_cleared' }, states.idle],
    ['validated', { type: 'revalidated', validation: fixed }, at({ kind: 'validated', validation: fixed, hold: null })],
    ['done', { type: 'revert_started' }, states.reverting],
    ['interrupted', { type: 'revert_started' }, at({ kind: 'reverting', result: interruptedResult, after: 'interrupted' })],
    ['reverting', { type: 'revert_failed', error }, at({ kind: 'done', result, revertFailure: { error } })],
    [
      'reverting',
      { type: 'reverted', reverted: 1, skipped: 0, nextBatchSession: 'keys-2' },
      { ...states.reverted, batchSession: 'keys-2' },
    ],
  ];
  it.each(transitions)('%s + %j', (from, event, expected) => {
    expect(importSessionReducer(states[from], event)).toEqual(expected);
  });

  it('goes back to the interrupted summary when undoing an interrupted import fails', () => {
    const reverting = at({ kind: 'reverting', result: interruptedResult, after: 'interrupted' });
    expect(importSessionReducer(reverting, { type: 'revert_failed', error })).toEqual(
      at({ kind: 'interrupted', result: interruptedResult, revertFailure: { error } }),
    );
  });

  const ignored: Array<[StateName, ImportSessionEvent]> = [
    ['checking', { type: 'validation_started', intent: 'import' }],
    ['importing', { type: 'validation_started', intent: 'check' }],
    ['reverting', { type: 'validation_started', intent: 'import' }],
    ['importing', { type: 'store_missing' }],
    ['idle', { type: 'validation_failed', error }],
    ['idle', { type: 'validated', validation, hold: null }],
    ['checking', { type: 'confirmation_asked', validation, plan }],
    ['validated', { type: 'confirmation_declined' }],
    ['idle', { type: 'import_started', plan, abort }],
    ['checking', { type: 'import_started', plan, abort }],
    ['validated', { type: 'import_started', plan, abort }],
    ['done', { type: 'batch_done', done: 1 }],
    ['done', { type: 'import_ended', result }],
    ['confirming', { type: 'marks_cleared' }],
    ['done', { type: 'marks_cleared' }],
    ['confirming', { type: 'revalidated', validation: fixed }],
    ['idle', { type: 'revalidated', validation: fixed }],
    ['validated', { type: 'revalidated', validation: { ...fixed, sheetName: 'Autre' } }],
    ['importing', { type: 'revert_started' }],
    ['reverted', { type: 'revert_started' }],
    ['done', { type: 'revert_failed', error }],
    ['done', { type: 'reverted', reverted: 1, skipped: 0, nextBatchSession: 'keys-2' }],
  ];
  it.each(ignored)('%s ignores %j', (from, event) => {
    expect(importSessionReducer(states[from], event)).toBe(states[from]);
  });

  it('keeps the batch keys session through a whole import, and changes it only once the import is undone', () => {
    const events: ImportSessionEvent[] = [
      { type: 'validation_started', intent: 'import' },
      { type: 'confirmation_asked', validation, plan },
      { type: 'import_started', plan, abort },
      { type: 'import_ended', result },
      { type: 'validation_started', intent: 'import' },
      { type: 'import_started', plan, abort },
      { type: 'import_ended', result },
    ];
    const imported = events.reduce(importSessionReducer, states.idle);
    expect(imported).toEqual(states.done);
    const undone = [
      { type: 'revert_started' } as const,
      { type: 'reverted', reverted: 1, skipped: 0, nextBatchSession: 'keys-2' } as const,
    ].reduce(importSessionReducer, imported);
    expect(undone.batchSession).toBe('keys-2');
  });

  it('keeps one confirmed mapping per sheet through validations, imports and undos; not while Excel works', () => {
    const first = { sheetName: 'Clients', signature: 'nom|email', mapping: [{ header: 'Nom', target: 'lastName' as const }] };
    const second = { ...first, signature: 'nom|email|ref', mapping: [{ header: 'Ref', target: 'code' as const }] };
    const other = { ...first, sheetName: 'Export' };
    const events: ImportSessionEvent[] = [
      { type: 'mapping_confirmed', mapping: first },
      { type: 'mapping_confirmed', mapping: other },
      { type: 'validation_started', intent: 'import' },
      { type: 'mapping_confirmed', mapping: second },
      { type: 'import_started', plan, abort },
      { type: 'import_ended', result },
      { type: 'revert_started' },
      { type: 'reverted', reverted: 1, skipped: 0, nextBatchSession: 'keys-2' },
      { type: 'mapping_confirmed', mapping: second },
    ];
    const after = events.reduce(importSessionReducer, states.validated);
    expect(after).toMatchObject({ kind: 'reverted', batchSession: 'keys-2', mappings: [other, second] });
  });
});

describe('session selectors', () => {
  it.each<[StateName, boolean, boolean, boolean]>([
    ['idle', false, false, false],
    ['awaiting_launch', false, false, false],
    ['checking', true, false, false],
    ['validated', false, true, false],
    ['confirming', false, true, false],
    ['importing', true, false, false],
    ['done', false, false, true],
    ['interrupted', false, false, true],
    ['reverting', true, false, true],
    ['reverted', false, false, true],
  ])('%s: busy %s, report %s, summary %s', (name, busy, report, summary) => {
    expect(isBusy(states[name])).toBe(busy);
    expect(reportOf(states[name]) !== null).toBe(report);
    expect(resultOf(states[name]) !== null).toBe(summary);
  });

  it('says where "Annuler cet import" stands', () => {
    expect(revertStateOf(states.done)).toBeNull();
    expect(revertStateOf(states.reverting)).toEqual({ state: 'pending' });
    expect(revertStateOf(states.reverted)).toEqual({ state: 'done', reverted: 1, skipped: 0 });
    const error = new Error('lost');
    expect(revertStateOf(at({ kind: 'interrupted', result, revertFailure: { error } }))).toEqual({ state: 'failed', error });
  });
});

describe('nextImportStep', () => {
  it.each([
    [
      'a missing required column',
      [
        ['Nom *', 'Prénom *'],
        ['Favre', 'Sophie'],
      ],
      { step: 'hold', hold: 'missing_columns' },
    ],
    ['no row', [headers], { step: 'hold', hold: 'no_rows' }],
    ['no valid row', [headers, row(1, 'faux')], { step: 'hold', hold: 'nothing_valid' }],
  ])('holds a sheet with %s', (_case, rows, expected) => {
    expect(nextImportStep(validated(rows))).toEqual(expected);
  });

  it('asks first when some rows have errors, and sends a sheet without any', () => {
    expect(nextImportStep(validation)).toEqual({ step: 'confirm', plan });
    const valid = validated([headers, row(1), row(2)]);
    expect(nextImportStep(valid)).toEqual({ step: 'send', plan: planImport(valid) });
  });
});
