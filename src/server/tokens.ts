import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from './db/isUniqueViolation';
import type { DB } from './db/schema';
import { TokenError } from './errors/TokenError';

/** Every token starts with this, so a leaked one is easy to recognise (and to search for). */
export const TOKEN_PREFIX = 'sc_';
const NAME_PATTERN = /^[\p{L}\p{N}._@-]{1,64}$/u;
/** A display name: 1–64 characters once trimmed, no control characters (it is shown in the pane). */
const LABEL_PATTERN = /^[^\p{Cc}\p{Cf}]{1,64}$/u;

/** `label`: the display name given at creation ("Poste local"), null when none was. */
export type ApiTokenInfo = { id: string; name: string; label: string | null; createdAt: string; revokedAt: string | null };
/** `token` is the only copy of the plaintext: it is not stored and cannot be read again. */
export type CreatedToken = ApiTokenInfo & { token: string };
/**
 * Who a request acts for: the token's id and name, and `author`, what its writes are signed with (the
 * `createdBy`/`updatedBy` of a client, the `savedBy` of a mapping): the token's display name, else its name.
 */
export type TokenIdentity = { id: string; name: string; author: string };

/** The name people read for a token: its display name when it has one, else its technical name (nothing invented). */
export function tokenAuthor(token: { name: string; label: string | null }): string {
  return token.label ?? token.name;
}

/** sha256 of the token, lower-case hex: what the api_tokens table stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Creates a token named `name` (letters, digits, `. _ @ -`, at most 64; unique among active tokens), with an optional
 * display name `label` (trimmed, 1–64 characters, no control characters: "Poste local"), and returns its plaintext
 * once: `sc_` + 32 random bytes in base64url.
 * Throws TokenError token_name_invalid | token_label_invalid | token_name_taken.
 */
export async function createToken(db: Kysely<DB>, name: string, label?: string): Promise<CreatedToken> {
  if (!NAME_PATTERN.test(name)) throw new TokenError('token_name_invalid', name);
  const displayName = label === undefined ? null : label.trim();
  if (displayName !== null && !LABEL_PATTERN.test(displayName)) throw new TokenError('token_label_invalid', label ?? '');
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = {
    id: randomUUID(),
    name,
    label: displayName,
    token_hash: hashToken(token),
    created_at: new Date().toISOString(),
    revoked_at: null,
  };
  try {
    await db.insertInto('api_tokens').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new TokenError('token_name_taken', name);
    throw error;
  }
  return { id: row.id, name, label: displayName, createdAt: row.created_at, revokedAt: null, token };
}

/** Every token, revoked ones included, oldest first; never a hash. */
export async function listTokens(db: Kysely<DB>): Promise<ApiTokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'label', 'created_at', 'revoked_at'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at }));
}

/** Revokes the active token whose name or id is `nameOrId`. Throws TokenError token_not_found. */
export async function revokeToken(db: Kysely<DB>, nameOrId: string): Promise<ApiTokenInfo> {
  const revokedAt = new Date().toISOString();
  const row = await db
    .updateTable('api_tokens')
    .set({ revoked_at: revokedAt })
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('name', '=', nameOrId), eb('id', '=', nameOrId)]))
    .returning(['id', 'name', 'label', 'created_at'])
    .executeTakeFirst();
  if (row === undefined) throw new TokenError('token_not_found', nameOrId);
  return { id: row.id, name: row.name, label: row.label, createdAt: row.created_at, revokedAt };
}

/** The active token matching a presented plaintext, or null (unknown or revoked). */
export async function findActiveToken(db: Kysely<DB>, token: string): Promise<TokenIdentity | null> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'label'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? null : { id: row.id, name: row.name, author: tokenAuthor(row) };
}
