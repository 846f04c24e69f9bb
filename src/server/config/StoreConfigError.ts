/** A variable of the environment (or a command-line override) that the store cannot use. */
export type StoreConfigIssue = { variable: string; code: 'invalid_port' | 'invalid_url' | 'invalid_number' | 'invalid_value' };

export class StoreConfigError extends Error {
  readonly code = 'invalid_config' as const;

  constructor(readonly issues: StoreConfigIssue[]) {
    super(`invalid store configuration: ${issues.map((issue) => issue.variable).join(', ')}`);
    this.name = 'StoreConfigError';
  }
}
