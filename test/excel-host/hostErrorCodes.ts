/**
 * The error codes the host raises, with the values of Excel.ErrorCodes and OfficeExtension.ErrorCodes
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling). Exposed as
 * `Excel.ErrorCodes` by the host.
 */
export const hostErrorCodes = {
  accessDenied: 'AccessDenied',
  activityLimitReached: 'ActivityLimitReached',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestAborted: 'RequestAborted',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedOperation: 'UnsupportedOperation',
  undoNotSupported: 'UndoNotSupported',
  // OfficeExtension.ErrorCodes (raised on the add-in's side, before or after a round trip)
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  runMustReturnPromise: 'RunMustReturnPromise',
} as const;

export type HostErrorCode = (typeof hostErrorCodes)[keyof typeof hostErrorCodes];

/** Excel's English messages (the add-in must never show them; they help when a test fails). */
export const hostErrorMessages: Record<HostErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ActivityLimitReached: 'Activity limit has been reached.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  Conflict: 'Request could not be processed because of a conflict.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode: "The operation isn't available while Excel is in Edit cell mode.",
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestAborted: 'The request was aborted during run time.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  UnsupportedOperation: 'The operation being attempted is not supported.',
  UndoNotSupported: 'The operation attempted does not support undo.',
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidObjectPath: "The object path '{0}' isn't working for what you're trying to do.",
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
};
