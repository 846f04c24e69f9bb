import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FieldError } from '@/contract/ApiError';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import type { NewClientRequest } from '@/contract/ClientInput';
import type { ClientPatch } from '@/contract/ClientPatch';
import type { ImportMode } from '@/contract/ImportRequest';
import {
  changedKeys,
  COLUMN_KEYS,
  createValueNormalizer,
  describeIssue,
  ISSUE_SEVERITY,
  mergeThreeWay,
  sheetMessages,
  type ColumnKey,
  type DuplicateMatch,
  type ImportRowErrorCode,
  type Language,
  type MatchProfile,
  type ValueProblem,
} from '@/domain';
import type { ClientRow } from '../db/schema';
import { uniqueViolationColumn } from '../db/uniqueViolationColumn';
import { withTransactionRetry } from '../db/withTransactionRetry';
import { StoreError } from '../errors/StoreError';
import { preferredLanguage } from '../i18n/preferredLanguage';
import { readSettings } from '../settings/readSettings';
import {
  lockMatchKeys,
  matchFacts,
  rankMatches,
  readCandidateIndex,
  toDuplicateCandidate,
  type CandidateIndex,
  type MatchFacts,
  type StoredCandidate,
} from './clientMatchKeys';
import {
  assignClientCodes,
  assignClientIds,
  findClientOrThrow,
  findClientsByKeys,
  findEmailOwner,
  findMergedAwayEmails,
  lockClientsById,
  rowToClient,
  rowValues,
  type ClientKeys,
  type StoredValues,
  type WriteContext,
} from './clientRepository';
import {
  findVersionsAfter,
  insertClients,
  parseIfMatch,
  setDeletedAt,
  updateClientRow,
  valuesAtVersion,
  type NewClient,
  type RowUpdate,
} from './clientVersions';

/** Template values as a request carries them; on an update, an absent key keeps the stored value. */
export type ChangeValues = Readonly<Partial<Record<ColumnKey, unknown>>>;

/** One change asked of the store. */
export type ChangeRequest = {
  values: ChangeValues;
  /** The client to update, whatever the mode (PATCH). Without it, the mode says how the change finds its client. */
  id?: string;
  /** The version the change was read at: the client must still have it, else the change fails `stale`. */
  expectedVersion?: number;
  /**
   * The version the values were filled from (an import row's `version`). When the client is newer, the values are
   * merged three ways with that version and the store (mergeThreeWay): a key both changed differently makes the change
   * a `conflict`, written not at all. A version the client never had fails the change (`version`).
   */
  baseVersion?: number;
  /**
   * Create the client even when it is probably one the store (or an earlier change of the batch) has. Without it, a
   * change that would create a client is checked against the blocking-key index: with a candidate it is a `duplicate`,
   * written not at all.
   */
  allowDuplicate?: boolean;
  /**
   * How the history records the change (a merge's survivor: `merged`, naming the other client); `updated` by default.
   * A recorded change writes its version even when no value changes (the merge is in the history all the same).
   */
  record?: { change: 'merged'; otherClientId: string };
};

/**
 * `insert`: every change is a new client, its code and email must be free (POST). The import modes
 * match a change by code, else email (case ignored): `upsert` creates or updates, `create` refuses
 * a match, `update` refuses a non-match.
 */
export type WriteMode = 'insert' | ImportMode;

/** Why a change failed: its values, a code or email another client holds, its match by key, no such active client, a stale version, an unknown base version. */
export type ChangeFailure = 'invalid' | 'taken' | 'match' | 'not_found' | 'stale' | 'version';

/**
 * What became of one change: the id, code and version of its client (after the whole batch), and the keys whose
 * newer store value a merge kept; or the keys a merge found changed differently on both sides (nothing written); or
 * why it failed.
 */
export type ChangeOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; id: string; code: string; version: number; kept: ColumnKey[] }
  | { status: 'conflict'; id: string; code: string; fields: ColumnKey[] }
  | { status: 'duplicate'; id: null; code: null; candidates: DuplicateCandidate[] }
  | { status: 'failed'; reason: ChangeFailure; id: string | null; code: string | null; errors: FieldError[] };

/**
 * Applies changes in order inside the caller's transaction, one outcome per change: a later change
 * sees what an earlier one did (an email it freed, a client it created). Each change's values are
 * checked and normalised by the template engine over the whole client (a country change re-reads
 * phones and postal code); one that changes nothing writes no version. Codes and emails are unique
 * (checked against the store and the batch alike; a code is never reused, an email is free once
 * its client is deleted). The clients the changes name are locked first (lockClientsById), then
 * the changes are planned, without writing; then the new clients get their ids and missing codes,
 * the updates are written in order (compare-and-set on the version) and the new clients inserted
 * together. A client changed by a concurrent transaction meanwhile → StoreError conflict with it as
 * `current`; a unique violation (a concurrent transaction committed the same code or email) is
 * thrown as it is: runWrite runs the write again, which then sees that client.
 */
export async function applyClientChanges(
  context: WriteContext,
  changes: readonly ChangeRequest[],
  mode: WriteMode,
  lang: Language,
): Promise<ChangeOutcome[]> {
  const plan = await planChanges(context, changes, mode, lang);
  await assignNewKeys(context, plan);
  for (const update of plan.updates) {
    if ((await updateClientRow(context, update)) === null)
      throw new StoreError('conflict', [], rowToClient(await findClientOrThrow(context.trx, update.id)));
  }
  await insertClients(context, plan.creates.map(newClient));
  return plan.outcomes.map((outcome) => resolveOutcome(outcome, lang));
}

/**
 * Creates a client from template values (400 with the engine's codes; 409 naming code or email when taken; 409
 * client.possibleDuplicate with the candidates when the store probably has the client, unless `allowDuplicate`).
 * Returns the stored row.
 */
export function createClient(context: WriteContext, input: NewClientRequest, lang: Language): Promise<ClientRow> {
  const { allowDuplicate, ...values } = input;
  return applyClientChange(context, { values, allowDuplicate }, 'insert', lang);
}

/**
 * Applies a patch to an active client read at version `ifMatch`: 428 without If-Match, 404 when
 * unknown or deleted, 409 with the current client when the version is stale (or when a concurrent
 * change wins), 400 with the engine's codes, 409 naming email or code when taken. Returns the row after the change.
 */
export function patchClient(
  context: WriteContext,
  id: string,
  ifMatch: string | undefined,
  patch: ClientPatch,
  lang: Language,
): Promise<ClientRow> {
  if (ifMatch === undefined) return Promise.reject(new StoreError('precondition_required'));
  // An If-Match naming no version matches no client (versions start at 1).
  return applyClientChange(context, { id, values: patch, expectedVersion: parseIfMatch(ifMatch) ?? 0 }, 'update', lang);
}

/**
 * The survivor's side of a merge: `values` applied to active client `id` read at `version`, exactly as a PATCH
 * (checked and normalised by the template engine, code and e-mail uniqueness), recorded as `merged` naming
 * `otherClientId` (a version even when nothing changes). Errors as patchClient's.
 */
export function patchMergedClient(
  context: WriteContext,
  id: string,
  version: number,
  values: ClientPatch,
  otherClientId: string,
  lang: Language,
): Promise<ClientRow> {
  return applyClientChange(context, { id, values, expectedVersion: version, record: { change: 'merged', otherClientId } }, 'update', lang);
}

/**
 * Soft-deletes an active client (a new version, change `deleted`; its code stays taken, its email
 * becomes free). 404 when unknown or already deleted; with an `If-Match`, 409 when stale.
 */
export async function deleteClient(context: WriteContext, id: string, ifMatch: string | undefined): Promise<ClientRow> {
  const row = await findClientOrThrow(context.trx, id);
  if (row.deleted_at !== null) throw new StoreError('not_found');
  if (ifMatch !== undefined && parseIfMatch(ifMatch) !== Number(row.version)) throw new StoreError('conflict', [], rowToClient(row));
  return setDeletedAt(context, row, 'deleted', context.now);
}

/**
 * Brings a deleted client back (a new version, change `restored`); an active client is returned
 * as it is. 404 when unknown; 409 naming email when an active client took its email meanwhile.
 */
export async function restoreClient(context: WriteContext, id: string, lang: Language): Promise<ClientRow> {
  const row = await findClientOrThrow(context.trx, id);
  if (row.deleted_at === null) return row;
  if ((await findEmailOwner(context.trx, row.email, id)) !== null)
    throw new StoreError('conflict', [storeFieldError('email', 'email.taken', lang)]);
  return setDeletedAt(context, row, 'restored', null);
}

/**
 * Runs `write` in one transaction (withTransactionRetry: again in a new one when a concurrent
 * transaction got in the way), with the request's token display name (else its name) as author, one timestamp for the
 * whole change and the organisation's home country. A unique violation on a client's code or
 * email that the retries did not resolve → 409 conflict naming the field.
 */
export async function runWrite<T>(
  fastify: FastifyInstance,
  request: FastifyRequest,
  write: (context: WriteContext) => Promise<T>,
): Promise<T> {
  const by = request.auth?.author;
  if (by === undefined) throw new StoreError('unauthorized');
  try {
    return await withTransactionRetry(fastify.db, async (trx) => {
      const { homeCountry } = await readSettings(trx);
      const context: WriteContext = { trx, insertRows: fastify.insertRows, now: new Date().toISOString(), by, batchId: null, homeCountry };
      if (!fastify.duplicateDetection) context.duplicateDetection = false;
      return write(context);
    });
  } catch (error) {
    rethrowUniqueViolation(error, preferredLanguage(request.headers['accept-language']));
  }
}

/** One change; its failure thrown as the API answers it. Returns the client's row after the change. */
async function applyClientChange(context: WriteContext, change: ChangeRequest, mode: WriteMode, lang: Language): Promise<ClientRow> {
  const [outcome] = await applyClientChanges(context, [change], mode, lang);
  if (outcome === undefined) throw new Error('no outcome for the change');
  if (outcome.status === 'conflict') throw new StoreError('conflict', [], rowToClient(await findClientOrThrow(context.trx, outcome.id)));
  if (outcome.status === 'duplicate') throw new StoreError('client.possibleDuplicate', [], undefined, outcome.candidates);
  if (outcome.status !== 'failed') return findClientOrThrow(context.trx, outcome.id);
  if (outcome.reason === 'invalid' || outcome.reason === 'version') throw new StoreError('validation_failed', outcome.errors);
  if (outcome.reason === 'taken' || outcome.reason === 'match') throw new StoreError('conflict', outcome.errors);
  if (outcome.reason === 'not_found' || outcome.id === null) throw new StoreError('not_found');
  throw new StoreError('conflict', [], rowToClient(await findClientOrThrow(context.trx, outcome.id)));
}

// Planning ---------------------------------------------------------------------------------------

/**
 * A client as the changes see it while they are planned: as stored, or created by an earlier change (`id` null until
 * assigned). `planned`: its values at each version this batch planned (and at the version it was loaded at).
 */
type ClientState = {
  id: string | null;
  values: StoredValues;
  version: number;
  deleted: boolean;
  /** The survivor's id when the client was merged into another (and so deleted). */
  mergedInto?: string | null;
  isNew: boolean;
  planned: Map<number, StoredValues>;
  /** A new client's blocking keys, as its duplicate check computed them (inserted with it). */
  matchKeys?: readonly string[];
  /**
   * A new client whose candidates were all looked up and none found: it pairs with no stored client, so the duplicate
   * pairs need no lookup of its own (a client of the batch created without the check that matches it finds it).
   */
  pairless?: boolean;
};

/** A change's outcome before the new clients have their ids and codes. */
type PlannedOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; state: ClientState; kept: ColumnKey[] }
  | { status: 'conflict'; state: ClientState; fields: ColumnKey[] }
  | { status: 'duplicate'; candidates: { client: ClientState | StoredCandidate; match: DuplicateMatch }[] }
  | { status: 'failed'; reason: ChangeFailure; state: ClientState | null; errors: FieldError[] };

/** What the changes will write: the updates of stored clients, in order, and the clients they create. */
type Plan = { outcomes: PlannedOutcome[]; updates: RowUpdate[]; creates: ClientState[]; owners: KeyOwners };

async function planChanges(context: WriteContext, changes: readonly ChangeRequest[], mode: WriteMode, lang: Language): Promise<Plan> {
  const normalize = createValueNormalizer({ homeCountry: context.homeCountry });
  const normalizeKeys = createValueNormalizer({ homeCountry: context.homeCountry, keys: ['code', 'email'] });
  const keys = changes.map((change) => (change.id === undefined ? normalizeKeys(change.values).values : {}));
  const owners = createKeyOwners(context);
  await owners.load(
    {
      ids: changes.flatMap((change) => (change.id === undefined ? [] : [change.id])),
      codes: keys.flatMap((key) => (key.code ? [key.code] : [])),
      emails: keys.flatMap((key) => (key.email ? [key.email] : [])),
    },
    { lock: true },
  );
  const plan: Plan = { outcomes: [], updates: [], creates: [], owners };
  const history = createVersionHistory(context);
  await history.prefetch(await mergedClients(changes, keys, owners));
  const normalized = new WeakMap<ChangeRequest, ReturnType<typeof normalize>>();
  const normalizeChange = (change: ChangeRequest) => {
    const known = normalized.get(change);
    if (known !== undefined) return known;
    const result = normalize(change.values);
    normalized.set(change, result);
    return result;
  };
  const twins = await createTwinFinder(context, mode, changes, keys, owners, normalizeChange);
  const failed = (reason: ChangeFailure, errors: FieldError[], state: ClientState | null = null): PlannedOutcome => ({
    status: 'failed',
    reason,
    state,
    errors,
  });
  const both = (code: ImportRowErrorCode) => [storeFieldError('code', code, lang), storeFieldError('email', code, lang)];

  /** Errors for the code and email among `fields` that a client other than `self` holds. */
  const takenErrors = async (self: ClientState | null, values: StoredValues, fields: readonly ColumnKey[]): Promise<FieldError[]> => {
    const heldByOther = (owner: ClientState | null) => owner !== null && owner !== self;
    const errors: FieldError[] = [];
    if (fields.includes('code') && values.code !== null && heldByOther(await owners.codeOwner(values.code)))
      errors.push(storeFieldError('code', 'code.taken', lang));
    if (fields.includes('email') && values.email !== null && heldByOther(await owners.emailOwner(values.email)))
      errors.push(storeFieldError('email', 'email.taken', lang));
    return errors;
  };

  const create = async (change: ChangeRequest): Promise<PlannedOutcome> => {
    const { values, problems } = normalizeChange(change);
    const errors = valueErrors(problems, lang);
    if (errors.length > 0) return failed('invalid', errors);
    const taken = await takenErrors(null, values, ['code', 'email']);
    if (taken.length > 0) return failed('taken', taken);
    const candidates = change.allowDuplicate === true ? [] : twins.candidatesOf(values);
    if (candidates.length > 0) return { status: 'duplicate', candidates };
    const state: ClientState = {
      id: null,
      values,
      version: 1,
      deleted: false,
      isNew: true,
      planned: new Map(),
      matchKeys: twins.keysOf(values),
      pairless: change.allowDuplicate !== true && twins.wasLookedUp(values),
    };
    owners.hold(state, null);
    twins.hold(state);
    plan.creates.push(state);
    return { status: 'created', state, kept: [] };
  };

  const update = async (state: ClientState, change: ChangeRequest): Promise<PlannedOutcome> => {
    if (change.expectedVersion !== undefined && change.expectedVersion !== state.version) return failed('stale', [], state);
    // The values the change starts from: the client's at the change's base version when it is older, else as it is now.
    const base =
      change.baseVersion === undefined || change.baseVersion === state.version ? null : await history.valuesAt(state, change.baseVersion);
    if (base === undefined) return failed('version', [storeFieldError('version', 'version.unknown', lang)], state);
    const start = base ?? state.values;
    const filled: Record<string, unknown> = { ...start };
    for (const key of COLUMN_KEYS) if (change.values[key] !== undefined) filled[key] = change.values[key];
    const { values, problems } = normalize(filled);
    const errors = valueErrors(problems, lang);
    if (errors.length > 0) return failed('invalid', errors, state);
    const before = state.values;
    let after: StoredValues = { ...values, code: values.code ?? start.code };
    let kept: ColumnKey[] = [];
    if (base !== null) {
      const sheet = Object.fromEntries(COLUMN_KEYS.filter((key) => change.values[key] !== undefined).map((key) => [key, after[key]]));
      const merge = mergeThreeWay(base, sheet, before);
      if (merge.conflicts.length > 0) return { status: 'conflict', state, fields: merge.conflicts };
      // The merged client is checked again as a whole (the country of one side, the postal code of the other).
      const again = normalize(merge.values);
      const mergeErrors = valueErrors(again.problems, lang);
      if (mergeErrors.length > 0) return failed('invalid', mergeErrors, state);
      after = { ...again.values, code: again.values.code ?? before.code };
      kept = merge.kept;
    }
    const fields = changedKeys(before, after);
    if (fields.length === 0 && change.record === undefined) return { status: 'unchanged', state, kept };
    const taken = await takenErrors(state, after, fields);
    if (taken.length > 0) return failed('taken', taken, state);
    // A client created by this batch is inserted once, with its last values.
    if (state.id !== null) {
      plan.updates.push({
        id: state.id,
        expectedVersion: state.version,
        before,
        values: after,
        fields,
        change: change.record?.change ?? 'updated',
        otherClientId: change.record?.otherClientId,
      });
      state.version += 1;
      state.planned.set(state.version, after);
    }
    state.values = after;
    // A new client updated by a later row is inserted with the keys of its last values.
    state.matchKeys = undefined;
    state.pairless = undefined;
    owners.hold(state, before);
    return { status: 'updated', state, kept };
  };

  const planChange = async (change: ChangeRequest, key: { code?: string | null; email?: string | null }): Promise<PlannedOutcome> => {
    if (change.id !== undefined) {
      const state = owners.byId(change.id);
      return state === undefined || state.deleted ? failed('not_found', []) : update(state, change);
    }
    if (mode === 'insert') return create(change);
    const codeOwner = key.code ? await owners.codeOwner(key.code) : null;
    const byCode = codeOwner !== null && !codeOwner.deleted ? codeOwner : null;
    const byEmail = key.email ? await owners.emailOwner(key.email) : null;
    // The code or e-mail of a client merged into another names its survivor (README: merging duplicates).
    const viaCode = byCode === null && codeOwner !== null ? await owners.survivorOf(codeOwner) : null;
    const viaEmail = byEmail === null && key.email ? await owners.mergedEmailSurvivor(key.email) : null;
    const codeMatch = byCode ?? viaCode;
    const emailMatch = byEmail ?? (codeMatch === null ? viaEmail : null);
    // A row whose code and email point at two different clients never merges them.
    if (codeMatch !== null && emailMatch !== null && codeMatch !== emailMatch) return failed('match', both('match.ambiguous'));
    const match = codeMatch ?? emailMatch;
    if (match === null)
      return mode === 'update' ? failed('match', [storeFieldError(key.code ? 'code' : 'email', 'match.notFound', lang)]) : create(change);
    if (mode === 'create') return failed('match', [storeFieldError(codeMatch ? 'code' : 'email', 'match.exists', lang)], match);
    const mergedEmail = viaEmail !== null && viaEmail === match;
    if (viaCode === null && !mergedEmail) return update(match, change);
    // Matched through a merge: the survivor keeps its own code and e-mail (the row's are the merged-away client's, as
    // is the version it was filled from).
    const values: Record<string, unknown> = { ...change.values };
    if (viaCode !== null) delete values.code;
    if (mergedEmail) delete values.email;
    return update(match, { ...change, values, baseVersion: viaCode === null ? change.baseVersion : undefined });
  };

  for (const [index, change] of changes.entries()) plan.outcomes.push(await planChange(change, keys[index] ?? {}));
  return plan;
}

/** The new clients' ids and missing codes, from the counters, before anything is written. */
async function assignNewKeys(context: WriteContext, plan: Plan): Promise<void> {
  const uncoded = plan.creates.filter((state) => state.values.code === null);
  const codes = await assignClientCodes(context, uncoded.length, plan.owners.heldCodes());
  uncoded.forEach((state, index) => (state.values = { ...state.values, code: codes[index] ?? null }));
  const ids = await assignClientIds(context, plan.creates.length);
  plan.creates.forEach((state, index) => (state.id = ids[index] ?? null));
}

/** The id and code of a planned client; an internal error (never an empty id or code) when they were not assigned. */
function assigned(state: ClientState): { id: string; code: string } {
  if (state.id === null || state.values.code === null) throw new Error('client id or code not assigned');
  return { id: state.id, code: state.values.code };
}

function newClient(state: ClientState): NewClient {
  const { id, code } = assigned(state);
  return { id, values: { ...state.values, code }, matchKeys: state.matchKeys, pairless: state.pairless };
}

function resolveOutcome(planned: PlannedOutcome, lang: Language): ChangeOutcome {
  if (planned.status === 'duplicate') {
    const candidates = planned.candidates.map(({ client, match }) => {
      const named =
        'planned' in client
          ? { ...assigned(client), lastName: client.values.lastName ?? '', firstName: client.values.firstName ?? '' }
          : client;
      return toDuplicateCandidate(named, match, lang);
    });
    return { status: 'duplicate', id: null, code: null, candidates };
  }
  if (planned.status === 'conflict') return { status: 'conflict', fields: planned.fields, ...assigned(planned.state) };
  if (planned.status !== 'failed')
    return { status: planned.status, kept: planned.kept, version: planned.state.version, ...assigned(planned.state) };
  const client = planned.state === null ? { id: null, code: null } : assigned(planned.state);
  return { status: 'failed', reason: planned.reason, errors: planned.errors, ...client };
}

// Probable duplicates: the candidates of a change that would create a client -----------------------

type TwinFinder = {
  /** The blocking keys of values (computed once). */
  keysOf: (values: StoredValues) => string[];
  /** Whether every probe key of values was looked up in the stored clients' index (its candidatesOf is complete). */
  wasLookedUp: (values: StoredValues) => boolean;
  /** The probable twins of values among the stored clients and those the batch created before, best first. */
  candidatesOf: (values: StoredValues) => { client: ClientState | StoredCandidate; match: DuplicateMatch }[];
  /** A new client of the batch: later changes are matched against it too. */
  hold: (state: ClientState) => void;
};

/**
 * The one place writes learn whether a new client is probably one the store has. Before planning, the changes that may
 * create a client (no id; a code and e-mail no active client holds; not `allowDuplicate`; not mode update) have their
 * blocking keys locked (lockMatchKeys) and looked up in the index together (readCandidateIndex: a few statements per
 * batch, never one per row). `candidatesOf` then ranks a new client against the stored holders of its keys (as this
 * batch left them: a client it updated is matched on its new values, one it deleted is none) and the clients created
 * by earlier changes of the batch, which `hold` adds as they are planned. Nothing is looked up in mode update.
 */
async function createTwinFinder(
  context: WriteContext,
  mode: WriteMode,
  changes: readonly ChangeRequest[],
  keys: readonly { code?: string | null; email?: string | null }[],
  owners: KeyOwners,
  normalizeChange: (change: ChangeRequest) => { values: StoredValues; problems: readonly ValueProblem[] },
): Promise<TwinFinder> {
  if (context.duplicateDetection === false)
    return { keysOf: () => [], wasLookedUp: () => true, candidatesOf: () => [], hold: () => undefined };
  // Each values object's profile and keys are computed once (a row is checked, held and inserted with the same ones).
  const facts = new WeakMap<StoredValues, MatchFacts>();
  const factsOf = (values: StoredValues): MatchFacts => {
    const known = facts.get(values);
    if (known !== undefined) return known;
    const computed = matchFacts(values);
    facts.set(values, computed);
    return computed;
  };
  const checked: string[] = [];
  const locked: string[] = [];
  if (mode !== 'update') {
    for (const [index, change] of changes.entries()) {
      if (change.id !== undefined || change.allowDuplicate === true) continue;
      if (mode !== 'insert' && (await matchesByKey(owners, keys[index] ?? {}))) continue;
      const { values, problems } = normalizeChange(change);
      // A change with invalid values fails before any check: its keys are not looked up.
      if (problems.some((problem) => ISSUE_SEVERITY[problem.code] === 'error')) continue;
      const { keys: filed, probes } = factsOf(values);
      for (const key of filed) locked.push(key);
      for (const key of probes) checked.push(key);
    }
  }
  let index: CandidateIndex = { holders: new Map(), clients: new Map() };
  if (checked.length > 0) {
    // The keys a row is filed under and those it looks up with: two writes that would create one person share one.
    await lockMatchKeys(context.trx, [...locked, ...checked]);
    index = await readCandidateIndex(context.trx, checked);
  }
  const created = new Map<string, ClientState[]>();
  const lookedUp = new Set(checked);
  return {
    keysOf: (values) => factsOf(values).keys,
    wasLookedUp: (values) => factsOf(values).probes.every((key) => lookedUp.has(key)),
    candidatesOf(values) {
      const { profile, probes } = factsOf(values);
      const others = new Map<ClientState | StoredCandidate, MatchProfile>();
      for (const key of probes) {
        for (const id of index.holders.get(key) ?? []) {
          const state = owners.byId(id);
          const stored = index.clients.get(id);
          if (state !== undefined) {
            if (!state.deleted) others.set(state, factsOf(state.values).profile);
          } else if (stored !== undefined) others.set(stored, stored.profile);
        }
        for (const state of created.get(key) ?? []) others.set(state, factsOf(state.values).profile);
      }
      return rankMatches(
        profile,
        [...others].map(([client, other]) => ({ client, profile: other })),
      );
    },
    hold(state) {
      for (const key of factsOf(state.values).keys) {
        const holders = created.get(key);
        if (holders === undefined) created.set(key, [state]);
        else holders.push(state);
      }
    },
  };
}

/** Whether an import change matches an active client by code or by e-mail (then it updates, and is not checked). */
async function matchesByKey(owners: KeyOwners, key: { code?: string | null; email?: string | null }): Promise<boolean> {
  const codeOwner = key.code ? await owners.codeOwner(key.code) : null;
  if (codeOwner !== null && !codeOwner.deleted) return true;
  return (key.email ? await owners.emailOwner(key.email) : null) !== null;
}

// Base versions: a client's values at the version a change was filled from -----------------------

/**
 * The stored clients that changes carrying a base version older than the client's may merge with (by id, else by the
 * code and email they match), with the oldest such version each: their history is read in bulk before planning.
 */
async function mergedClients(
  changes: readonly ChangeRequest[],
  keys: readonly { code?: string | null; email?: string | null }[],
  owners: KeyOwners,
): Promise<{ id: string; afterVersion: number }[]> {
  const oldest = new Map<string, number>();
  for (const [index, change] of changes.entries()) {
    if (change.baseVersion === undefined) continue;
    const key = keys[index] ?? {};
    const candidates =
      change.id === undefined
        ? [key.code ? await owners.codeOwner(key.code) : null, key.email ? await owners.emailOwner(key.email) : null]
        : [owners.byId(change.id) ?? null];
    for (const state of candidates) {
      if (state === null || state.id === null || state.version <= change.baseVersion) continue;
      oldest.set(state.id, Math.min(oldest.get(state.id) ?? Infinity, change.baseVersion));
    }
  }
  return [...oldest].map(([id, afterVersion]) => ({ id, afterVersion }));
}

/**
 * A stored client's values at an older version, inside the write's transaction (the client is locked, so its history
 * cannot grow meanwhile): a version this batch planned, or one rebuilt from the history (read in bulk by `prefetch`,
 * else one client at a time). undefined for a version the client never had.
 */
function createVersionHistory(context: WriteContext) {
  const changesById = new Map<string, Map<number, Partial<StoredValues>>>();
  const read = async (clients: readonly { id: string; afterVersion: number }[]): Promise<void> => {
    for (const client of clients) changesById.set(client.id, new Map());
    for (const change of await findVersionsAfter(context.trx, clients))
      changesById.get(change.clientId)?.set(change.version, change.previous);
  };
  return {
    prefetch: read,
    async valuesAt(state: ClientState, version: number): Promise<StoredValues | undefined> {
      const planned = state.planned.get(version);
      if (planned !== undefined || state.id === null || version > state.version) return planned;
      // The client as it was loaded (its lowest planned version), and the stored versions back to `version`.
      const loaded = Math.min(...state.planned.keys());
      const values = state.planned.get(loaded);
      if (values === undefined || version > loaded) return undefined;
      if (!changesById.has(state.id)) await read([{ id: state.id, afterVersion: version }]);
      return valuesAtVersion(values, loaded, version, changesById.get(state.id) ?? new Map());
    },
  };
}

// Uniqueness: who holds a code or an email -------------------------------------------------------

type KeyOwners = ReturnType<typeof createKeyOwners>;

/**
 * The one place writes learn who holds an id, a code or an email: loaded from the store (in bulk,
 * then one key at a time for a key not loaded), then kept in step with the planned changes. A
 * code stays held by a deleted client; an email only by an active one. `null`: known to be free.
 */
function createKeyOwners(context: WriteContext) {
  const byId = new Map<string, ClientState>();
  const byCode = new Map<string, ClientState | null>();
  const byEmail = new Map<string, ClientState | null>();
  /** Lower-case e-mails of merged-away clients that no active client holds, with the survivor's id. */
  const mergedEmails = new Map<string, string>();
  const learn = (state: ClientState) => {
    if (state.values.code !== null && !byCode.has(state.values.code)) byCode.set(state.values.code, state);
    if (!state.deleted && state.values.email !== null && !byEmail.has(state.values.email.toLowerCase()))
      byEmail.set(state.values.email.toLowerCase(), state);
  };
  /** With `lock`, the clients found are locked and read again (lockClientsById): the write plans on their current values. */
  const load = async (keys: ClientKeys, { lock = false } = {}): Promise<void> => {
    const found = await findClientsByKeys(context.trx, keys);
    const rows = lock
      ? await lockClientsById(
          context.trx,
          found.map((row) => row.id),
        )
      : found;
    for (const row of rows) {
      if (byId.has(row.id)) continue;
      const state: ClientState = {
        id: row.id,
        values: rowValues(row),
        version: Number(row.version),
        deleted: row.deleted_at !== null,
        mergedInto: row.merged_into,
        isNew: false,
        planned: new Map(),
      };
      state.planned.set(state.version, state.values);
      byId.set(row.id, state);
      learn(state);
    }
    for (const code of keys.codes ?? []) if (!byCode.has(code)) byCode.set(code, null);
    const unowned = (keys.emails ?? []).map((email) => email.toLowerCase()).filter((email) => !byEmail.has(email));
    for (const email of unowned) byEmail.set(email, null);
    // The e-mails no active client holds that a client merged into another had: one more query per 500 of them.
    for (const [email, survivorId] of await findMergedAwayEmails(context.trx, unowned)) mergedEmails.set(email, survivorId);
  };
  /** The active client a merged-away client's survivor is now (following merges of merges), locked; null if none. */
  const survivorOf = async (state: ClientState): Promise<ClientState | null> => {
    let current: ClientState | undefined = state;
    for (let step = 0; step < 10 && current !== undefined; step += 1) {
      if (!current.deleted) return current;
      const next: string | null | undefined = current.mergedInto;
      if (next === null || next === undefined) return null;
      if (!byId.has(next)) await load({ ids: [next] }, { lock: true });
      current = byId.get(next);
    }
    return null;
  };
  return {
    load,
    byId: (id: string): ClientState | undefined => byId.get(id),
    async codeOwner(code: string): Promise<ClientState | null> {
      if (!byCode.has(code)) await load({ codes: [code] });
      return byCode.get(code) ?? null;
    },
    async emailOwner(email: string): Promise<ClientState | null> {
      if (!byEmail.has(email.toLowerCase())) await load({ emails: [email] });
      return byEmail.get(email.toLowerCase()) ?? null;
    },
    survivorOf,
    /** The survivor of the merged-away client that had `email`, when no active client holds it now; else null. */
    async mergedEmailSurvivor(email: string): Promise<ClientState | null> {
      if (!byEmail.has(email.toLowerCase())) await load({ emails: [email] });
      const survivorId = mergedEmails.get(email.toLowerCase());
      if (survivorId === undefined) return null;
      if (!byId.has(survivorId)) await load({ ids: [survivorId] }, { lock: true });
      const survivor = byId.get(survivorId);
      return survivor === undefined ? null : survivorOf(survivor);
    },
    /** `state` now holds its code and email; those of `before` that it gave up are free. */
    hold(state: ClientState, before: StoredValues | null): void {
      if (before?.code && before.code !== state.values.code) byCode.set(before.code, null);
      if (before?.email && before.email.toLowerCase() !== state.values.email?.toLowerCase()) byEmail.set(before.email.toLowerCase(), null);
      if (state.values.code !== null) byCode.set(state.values.code, state);
      if (state.values.email !== null) byEmail.set(state.values.email.toLowerCase(), state);
    },
    /** The codes the batch's clients hold (new clients must not get them). */
    heldCodes: (): Set<string> => new Set([...byCode].flatMap(([code, owner]) => (owner === null ? [] : [code]))),
  };
}

// Field errors -----------------------------------------------------------------------------------

/** The template engine's errors (warnings dropped) as field errors: path = template key, code and text from the engine. */
function valueErrors(problems: readonly ValueProblem[], lang: Language): FieldError[] {
  return problems
    .filter((problem) => ISSUE_SEVERITY[problem.code] === 'error')
    .map((problem) => ({ path: problem.key, code: problem.code, message: describeIssue(problem, lang) }));
}

/** A store-side field error (uniqueness, matching, an import row's version). */
export function storeFieldError(path: ColumnKey | 'version', code: ImportRowErrorCode, lang: Language): FieldError {
  return { path, code, message: sheetMessages[lang].rowErrors[code] };
}

/** A unique violation on email or code (a concurrent write won the race every time) becomes 409 conflict naming the field; anything else is rethrown. */
function rethrowUniqueViolation(error: unknown, lang: Language): never {
  const column = uniqueViolationColumn(error);
  if (column === 'email') throw new StoreError('conflict', [storeFieldError('email', 'email.taken', lang)]);
  if (column === 'code') throw new StoreError('conflict', [storeFieldError('code', 'code.taken', lang)]);
  throw error;
}
