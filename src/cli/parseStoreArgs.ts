import { parseArgs } from 'node:util';
import { CliError } from './CliError';

export type StoreCommand =
  | { command: 'help' }
  | { command: 'serve'; port: number | undefined; db: string | undefined }
  | { command: 'token-create'; name: string; label: string | undefined; db: string | undefined }
  | { command: 'token-list'; db: string | undefined }
  | { command: 'token-revoke'; name: string; db: string | undefined }
  | { command: 'backup'; file: string; db: string | undefined };

/** `serve [--port N] [--db FILE]`, `token create NAME [--label TEXT] [--db FILE]`, `token revoke NAME [--db FILE]`, `token list [--db FILE]`, `backup FILE [--db FILE]`, `help`. Throws CliError. */
export function parseStoreArgs(argv: string[]): StoreCommand {
  const { values, positionals } = parseOrThrow(argv);
  const [command, sub, name, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  const db = values.db;
  if (values.label !== undefined && !(command === 'token' && sub === 'create')) throw new CliError('unknown_option', '--label');
  if (command === 'serve') {
    if (positionals.length > 1) throw new CliError('too_many_arguments', positionals[1]);
    return { command: 'serve', port: parsePort(values.port), db };
  }
  if (command === 'backup') {
    if (values.port !== undefined) throw new CliError('unknown_option', '--port');
    if (sub === undefined) throw new CliError('missing_backup_file');
    if (name !== undefined) throw new CliError('too_many_arguments', name);
    return { command: 'backup', file: sub, db };
  }
  if (command !== 'token') throw new CliError('unknown_command', command);
  if (values.port !== undefined) throw new CliError('unknown_option', '--port');
  if (sub === 'list') {
    if (name !== undefined) throw new CliError('too_many_arguments', name);
    return { command: 'token-list', db };
  }
  if (sub !== 'create' && sub !== 'revoke') throw new CliError('unknown_command', `token ${sub ?? ''}`.trim());
  if (name === undefined) throw new CliError('missing_token_name', sub);
  if (rest.length > 0) throw new CliError('too_many_arguments', rest[0]);
  return sub === 'create' ? { command: 'token-create', name, label: values.label, db } : { command: 'token-revoke', name, db };
}

function parseOrThrow(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        db: { type: 'string' },
        label: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    const option = /'(-[^']*)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError('missing_value', option.split(' ')[0]);
    throw new CliError('unknown_option', option);
  }
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new CliError('invalid_port', value);
  return port;
}
