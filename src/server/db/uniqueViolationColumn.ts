import { isUniqueViolation } from './isUniqueViolation';

/**
 * Which clients key a unique violation is about (`email` or `code`), on SQLite or PostgreSQL;
 * null when the error is not one of those (a race the checks before the write could not see).
 */
export function uniqueViolationColumn(error: unknown): 'email' | 'code' | null {
  if (!isUniqueViolation(error) || typeof error !== 'object' || error === null) return null;
  const constraint = 'constraint' in error && typeof error.constraint === 'string' ? error.constraint : '';
  const message = error instanceof Error ? error.message : '';
  const text = `${constraint} ${message}`;
  if (text.includes('clients_email_active_unique')) return 'email';
  if (text.includes('clients_code_key') || text.includes('clients.code')) return 'code';
  return null;
}
