import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The store's tables as Kysely sees them (written by the migrations in src/server/migrations).
 * Dates and times are ISO 8601 text (UTC, `2026-11-27T17:45:00.000Z`; birth_date `yyyy-mm-dd`) and
 * booleans are 0/1 integers, so rows read the same on SQLite and PostgreSQL.
 */
export type ClientTable = {
  /** A UUID, assigned by the store. */
  id: string;
  /** Template key `code` (`CL-000123`), unique, the first update key. */
  code: string;
  title: string | null;
  last_name: string;
  first_name: string;
  company: string | null;
  vat_number: string | null;
  /** Unique among non-deleted clients, case-insensitively (index on lower(email)). */
  email: string;
  phone: string | null;
  mobile: string | null;
  address: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  nationality: string | null;
  practice_country: string | null;
  language: string | null;
  birth_date: string | null;
  notes: string | null;
  /** Optimistic concurrency: 1 on creation, +1 on every change. */
  version: Generated<number>;
  /** 1 when nationality or country of practice is not the home country. */
  is_foreign: Generated<number>;
  /** Last name folded (lower case, no accents): sort key and search prefix. */
  last_name_folded: Generated<string>;
  first_name_folded: Generated<string>;
  /** Folded words of last name, first name, company, email, code and city, space-separated. */
  search_text: Generated<string>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** Set by a soft delete; null while the client is active. */
  deleted_at: string | null;
  /** Set when the client was merged into another (and so deleted): the survivor's id. */
  merged_into: string | null;
};

export type ApiTokenTable = {
  id: string;
  name: string;
  /** sha256 of the token, lower-case hex; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** The display name given at creation ("Poste local"); null for tokens created without one. */
  label: string | null;
};

export type SettingTable = {
  key: string;
  value: string;
};

/**
 * One folded word of an active client's searchable fields, with the client's sort key (search =
 * prefix range on `word`, sorted without reading the clients table).
 */
export type ClientWordTable = { word: string; last_name_folded: string; first_name_folded: string; client_id: string };

/** One blocking key of an active client (the domain's blockingKeys): the candidates of a new client are the clients sharing one of its keys. */
/** `key`: the blocking key's number (domain matchKeyNumber); PostgreSQL's bigint reads back as a string. */
export type ClientMatchKeyTable = { key: ColumnType<number | string, number, number>; client_id: string };

/** A lock row per bucket of blocking keys: a write that creates clients updates its buckets' rows first (PostgreSQL), so two writes that could create the same person run one after the other. */
export type ClientMatchLockTable = { bucket: number; writes: number };

/** One version of a client: written by every change, in the change's transaction. */
export type ClientVersionTable = {
  client_id: string;
  version: number;
  /** created | updated | deleted | restored | reverted | merged | unmerged */
  change: string;
  changed_at: string;
  /** The token's name. */
  changed_by: string;
  /** JSON array of the template keys changed. */
  fields: string;
  /** JSON object of the changed keys' values before the change (what revert puts back); `{}` for a creation. */
  previous: string;
  batch_id: string | null;
  /** For `merged` / `unmerged`: the other client of the merge. */
  other_client_id: string | null;
};

/** A probable pair of active clients (ids ascending), kept in step by every write: `rank` = 1000 − score in thousandths. */
export type DuplicatePairTable = { client_a: string; client_b: string; rank: number; reasons: string };

/** A pair set aside as "not the same client" (ids ascending): never listed again. */
export type DismissedDuplicateTable = { client_a: string; client_b: string; dismissed_at: string; dismissed_by: string };

export type ImportBatchTable = { id: string; mode: string; created_at: string; created_by: string; reverted_at: string | null };

/** A used Idempotency-Key: the sha256 of its request and the response given (JSON). */
export type IdempotencyKeyTable = { key: string; request_hash: string; status_code: number; response: string; created_at: string };

/** Monotonic counters, never going back: `client_code` (the last number assigned as CL-000001…), `client_id` (the last client id, base 36). */
export type CounterTable = { name: string; value: number };

/** One version of a remembered column mapping: every save appends one (version 1, 2… per signature). */
export type ColumnMappingTable = {
  /** sha256 of `signature`, lower-case hex: the key (with `version`). */
  signature_hash: string;
  version: number;
  /** The header signature (the domain's headerSignature). */
  signature: string;
  /** JSON array of the header texts as the sheet showed them. */
  headers: string;
  /** JSON array of `{ header, target }`, in the order given. */
  columns: string;
  saved_at: string;
  /** The token's name. */
  saved_by: string;
};

export type DB = {
  clients: ClientTable;
  api_tokens: ApiTokenTable;
  settings: SettingTable;
  client_words: ClientWordTable;
  client_match_keys: ClientMatchKeyTable;
  client_match_locks: ClientMatchLockTable;
  client_versions: ClientVersionTable;
  duplicate_pairs: DuplicatePairTable;
  dismissed_duplicates: DismissedDuplicateTable;
  import_batches: ImportBatchTable;
  idempotency_keys: IdempotencyKeyTable;
  counters: CounterTable;
  column_mappings: ColumnMappingTable;
};

export type ClientRow = Selectable<ClientTable>;
export type NewClientRow = Insertable<ClientTable>;
export type ClientRowUpdate = Updateable<ClientTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
