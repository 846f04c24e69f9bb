/**
 * Why an import row failed, besides the template engine's issue codes: the row's code and email
 * point at two different clients; no client matches (mode update); a client already matches
 * (mode create); the email belongs to another client; the code belongs to a deleted client; the row's `version` is
 * not one of its client's versions; the sheet and the store changed a key differently since that version (a conflict);
 * the row would create a probable twin of a client (not created).
 */
export const ImportRowErrorCode = [
  'match.ambiguous',
  'match.notFound',
  'match.exists',
  'email.taken',
  'code.taken',
  'version.unknown',
  'version.conflict',
  'duplicate.probable',
] as const;
export type ImportRowErrorCode = (typeof ImportRowErrorCode)[number];
