/** A migration failed; `migration` names it when Kysely says which one. */
export class MigrationError extends Error {
  readonly code = 'migration_failed' as const;

  constructor(
    readonly migration: string | undefined,
    options: { cause: unknown },
  ) {
    super(`migration failed${migration ? `: ${migration}` : ''}`, options);
    this.name = 'MigrationError';
  }
}
