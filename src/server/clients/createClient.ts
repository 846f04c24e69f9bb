import type { FieldError } from '../../contract/ApiError';
import type { ClientInput } from '../../contract/ClientInput';
import { normalizeClientValues } from '../../domain/index';
import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import type { Lang } from '../i18n/preferredLanguage';
import { assignClientCodes } from './assignClientCodes';
import { assignClientIds } from './assignClientIds';
import type { StoredValues } from './clientColumns';
import { findClientOrThrow } from './findClientOrThrow';
import { findEmailOwner } from './findEmailOwner';
import { insertClients } from './insertClients';
import { isCodeTaken } from './isCodeTaken';
import { rethrowUniqueViolation } from './rethrowUniqueViolation';
import { storeFieldError, valueErrors } from './valueErrors';
import type { WriteContext } from './WriteContext';

/**
 * Creates a client from template values, checked and normalised by the template engine (400 with
 * its codes), with a unique code (the given one, else the next CL-000001…) and an email no active
 * client has (409 naming the field). Returns the stored row.
 */
export async function createClient(context: WriteContext, input: ClientInput, lang: Lang): Promise<ClientRow> {
  const { values, problems } = normalizeClientValues(input, { homeCountry: context.homeCountry });
  const errors = valueErrors(problems, lang);
  if (errors.length > 0) throw new StoreError('validation_failed', errors);
  const stored = values as StoredValues;
  const conflicts: FieldError[] = [];
  if (stored.code !== null && (await isCodeTaken(context.trx, stored.code))) conflicts.push(storeFieldError('code', 'code.taken', lang));
  if (stored.email !== null && (await findEmailOwner(context.trx, stored.email)) !== null) conflicts.push(storeFieldError('email', 'email.taken', lang));
  if (conflicts.length > 0) throw new StoreError('conflict', conflicts);
  const code = stored.code ?? (await assignClientCodes(context, 1))[0] ?? '';
  const [id = ''] = await assignClientIds(context, 1);
  try {
    await insertClients(context, [{ id, values: { ...stored, code } }]);
  } catch (error) {
    rethrowUniqueViolation(error, lang);
  }
  return findClientOrThrow(context.trx, id);
}
