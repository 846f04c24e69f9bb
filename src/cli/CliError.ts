export const CliErrorCode = [
  'unknown_command',
  'unknown_option',
  'missing_value',
  'missing_token_name',
  'too_many_arguments',
  'invalid_port',
  'missing_backup_file',
  'backup_needs_sqlite',
] as const;
export type CliErrorCode = (typeof CliErrorCode)[number];

/** A command line the CLI cannot run; `detail` is the offending word, shown in the message. */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly detail: string = '',
  ) {
    super(code);
    this.name = 'CliError';
  }
}
