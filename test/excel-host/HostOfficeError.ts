import { type HostErrorCode, hostErrorMessages } from './hostErrorCodes';

export type HostErrorDebugInfo = { code: string; message: string; errorLocation?: string; statement?: string };

// As the real office.js reports them: ApiNotFound 404 (CommonUtility.throwIfApiNotSupported); the payload limits 400
// (RichApiMessageUtility.buildResponseOnError, the answer of Excel on the web's host to an oversized request).
const httpStatus: Partial<Record<HostErrorCode, number>> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  ItemNotFound: 404,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

/**
 * Shaped like OfficeExtension.Error: `name` "RichApi.Error", `code`, `message`, `debugInfo`,
 * `httpStatusCode`, `traceMessages`, `innerError`.
 */
export class HostOfficeError extends Error {
  readonly code: HostErrorCode;
  readonly debugInfo: HostErrorDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: HostErrorCode, details: { location?: string; argument?: string; statement?: string } = {}) {
    const message = hostErrorMessages[code].replace('{0}', details.argument ?? '');
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = httpStatus[code] ?? 400;
    this.debugInfo = {
      code,
      message,
      ...(details.location === undefined ? {} : { errorLocation: details.location }),
      ...(details.statement === undefined ? {} : { statement: details.statement }),
    };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}
