import { StoreConfigError, type StoreConfigIssue } from '@/server/config/StoreConfigError';
import { MigrationError } from '@/server/db/MigrationError';
import { TokenError, type TokenErrorCode } from '@/server/errors/TokenError';
import { CliError, type CliErrorCode } from './CliError';

const cliMessages: Record<CliErrorCode, (detail: string) => string> = {
  unknown_command: (detail) => `Commande inconnue\u00a0: «\u00a0${detail}\u00a0».`,
  unknown_option: (detail) => `Option inconnue\u00a0: ${detail || '(vide)'}.`,
  missing_value: (detail) => `L’option ${detail} attend une valeur.`,
  missing_token_name: (detail) => `Nom du jeton manquant\u00a0: npm run store -- token ${detail} NOM.`,
  too_many_arguments: (detail) => `Argument en trop\u00a0: «\u00a0${detail}\u00a0».`,
  invalid_port: (detail) => `Port invalide\u00a0: «\u00a0${detail}\u00a0» (entier de 0 à 65535 attendu).`,
  missing_backup_file: () => 'Fichier de sauvegarde manquant\u00a0: npm run store -- backup FICHIER.',
  backup_needs_sqlite: () =>
    'La sauvegarde intégrée ne concerne que SQLite. Pour PostgreSQL, utilisez pg_dump (par exemple\u00a0: pg_dump -Fc -f sauvegarde.dump "$DATABASE_URL").',
};

const tokenMessages: Record<TokenErrorCode, (name: string) => string> = {
  token_name_invalid: (name) => `Nom de jeton invalide\u00a0: «\u00a0${name}\u00a0» (lettres, chiffres, . _ @ -, 64 caractères au plus).`,
  token_label_invalid: (label) =>
    `Nom affiché invalide\u00a0: «\u00a0${label}\u00a0» (1 à 64 caractères, sans caractère de contrôle\u00a0; par exemple --label "Poste local").`,
  token_name_taken: (name) =>
    `Un jeton actif s’appelle déjà «\u00a0${name}\u00a0»\u00a0: choisissez un autre nom ou révoquez-le (npm run store -- token revoke ${name}).`,
  token_not_found: (name) => `Aucun jeton actif ne s’appelle «\u00a0${name}\u00a0».`,
};

const configMessages: Record<StoreConfigIssue['code'], string> = {
  invalid_port: 'port attendu, entier de 0 à 65535',
  invalid_url: 'URL invalide (DATABASE_URL\u00a0: postgres://…, CORS_ORIGINS\u00a0: origines https://hôte:port séparées par des virgules)',
  invalid_number: 'entier positif attendu',
  invalid_value: 'valeur invalide',
};

const systemMessages: Record<string, string> = {
  EADDRINUSE: 'ce port est déjà utilisé\u00a0: choisissez-en un autre avec --port',
  EACCES: 'accès refusé (port réservé ou fichier protégé)',
  EEXIST: 'le fichier de sauvegarde existe déjà\u00a0: choisissez un autre nom (il n’est jamais écrasé)',
  ENOENT: 'fichier ou dossier introuvable',
  ECONNREFUSED: 'connexion refusée\u00a0: le serveur PostgreSQL est-il démarré\u00a0?',
  ENOTFOUND: 'hôte introuvable',
  SQLITE_CANTOPEN: 'impossible d’ouvrir le fichier SQLite',
  SQLITE_NOTADB: 'ce fichier n’est pas une base SQLite',
  '28P01': 'authentification PostgreSQL refusée',
  '3D000': 'cette base PostgreSQL n’existe pas',
};

/** One clean French line for any error of the store CLI: never a stack, never a token. */
export function describeStoreCliError(error: unknown): string {
  if (error instanceof CliError) {
    const message = cliMessages[error.code](error.detail);
    return error.code === 'backup_needs_sqlite' ? message : `${message} Aide\u00a0: npm run store -- help`;
  }
  if (error instanceof TokenError) return tokenMessages[error.code](error.tokenName);
  if (error instanceof StoreConfigError) {
    return `Configuration invalide\u00a0: ${error.issues.map((issue) => `${issue.variable} (${configMessages[issue.code]})`).join('\u00a0; ')}.`;
  }
  if (error instanceof MigrationError) {
    const cause = systemCode(error.cause);
    return `La mise à jour du schéma de la base a échoué${error.migration ? ` (${error.migration})` : ''}${cause ? `\u00a0: ${describeCode(cause)}` : ''}.`;
  }
  const code = systemCode(error);
  if (code !== undefined) return `Erreur\u00a0: ${describeCode(code)}.`;
  return `Erreur inattendue (${error instanceof Error ? error.name : typeof error}).`;
}

function systemCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function describeCode(code: string): string {
  return systemMessages[code] ?? `code ${code}`;
}
