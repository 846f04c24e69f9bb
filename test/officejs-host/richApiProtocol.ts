// The RichApi protocol as office.js speaks it (read from excel-web-16.00.debug.js, @microsoft/office-js 1.1.110):
// ClientRequestBase.buildRequestMessageBodyAndRequestFlags builds the body, RequestExecutor.executeAsync carries it,
// ClientRequestContext.processRequestExecutorResponseMessage reads the answer.

/** actionInfo.ActionType (CommonActionFactory / ActionFactory). */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

/** objectPathInfo.ObjectPathType (ObjectPathFactory). */
export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** Request flags (ClientRequestBase.aggregrateRequestFlags, onBeforeExcelRun): 64 = Excel.run({ delayForCellEdit }). */
export const RequestFlags = { delayForCellEdit: 64 } as const;

export type ArgumentInfo = { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };

export type ObjectPathInfo = {
  Id: number;
  ObjectPathType: number;
  /** Property or method name in PascalCase ("Worksheets", "GetRange"), the reference id for ReferenceId paths. */
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
};

export type QueryInfo = { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };

export type ActionInfo = {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
  /** Object paths last used by this action (early dispose); the host ignores it. */
  L?: number[];
};

export type RequestBody = { AutoKeepReference?: boolean; Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> };

/** What RequestExecutor.executeAsync receives. */
export type RequestMessage = { Url: string; Headers: Record<string, string> | null; Body: RequestBody };

export type ActionResult = { ActionId: number; Value: unknown };

/** The error of a request, as Excel puts it in the body; office.js turns it into OfficeExtension.Error. */
export type ResponseError = { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number };

export type ResponseBody = { Results?: ActionResult[]; Error?: ResponseError; TraceIds?: string[] };

/** What RequestExecutor.executeAsync resolves to (RichApiMessageUtility.buildResponseOnSuccess / OnError). */
export type ResponseMessage = {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string> | null;
  Body: ResponseBody | null;
};

/** office.js's IRequestExecutor. */
export type RequestExecutor = {
  executeAsync(customData: string, requestFlags: number, requestMessage: RequestMessage): Promise<ResponseMessage>;
};

/** "GetUsedRangeOrNullObject" → "getUsedRangeOrNullObject" (the JavaScript member). */
export function toCamelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "rowIndex" → "RowIndex" (the key of a loaded property in a result). */
export function toPascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
