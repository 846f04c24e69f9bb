export const TokenErrorCode = ['token_name_invalid', 'token_label_invalid', 'token_name_taken', 'token_not_found'] as const;
export type TokenErrorCode = (typeof TokenErrorCode)[number];

/** A token operation that cannot be done; the CLI words the message from `code`. */
export class TokenError extends Error {
  constructor(
    readonly code: TokenErrorCode,
    readonly tokenName: string,
  ) {
    super(code);
    this.name = 'TokenError';
  }
}
