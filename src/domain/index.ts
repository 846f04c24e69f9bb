// Public API of the template engine (pure TypeScript: no Office, React, DOM or Node).
export { COLUMN_KEYS, type ColumnKey } from './template/ColumnKey';
export type { ColumnRule } from './template/ColumnRule';
export type { TemplateColumn } from './template/TemplateColumn';
export { clientTemplate } from './template/clientTemplate';
export { TEMPLATE_EXAMPLE } from './template/templateExample';
export { templateCellValue, templateCellValues } from './template/templateCellValues';
export { matchHeader, type MatchedHeader, type HeaderMatchKind } from './headers/matchHeader';
export { matchHeaders } from './headers/matchHeaders';
export { readHeader, type HeaderReading, type HeaderConfidence } from './headers/readHeader';
export { splitFullName, type SplitName } from './headers/splitFullName';
export type { HeaderField } from './headers/headerVocabulary';
export { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderRowMatch } from './headers/findHeaderRow';
export {
  MAPPING_TARGETS,
  isMappingTarget,
  mappingDecisions,
  mappingLabel,
  isColumnKeyTarget,
  type MappingTarget,
  type ColumnMapping,
  type ColumnMappingEntry,
} from './headers/ColumnMapping';
export {
  headerSignature,
  MAX_SIGNATURE_LENGTH,
  sheetHeaderRow,
  sheetHeaderSignature,
  type SheetHeaderRow,
} from './headers/headerSignature';
export { sourceColumns, SAMPLE_VALUES, type SourceColumn } from './headers/sourceColumns';
export type { HeaderColumns, MappedColumn, UnknownColumn, AlternativeColumn, DuplicateColumn, ColumnPart } from './headers/HeaderColumns';
export type { AddInColumn } from './headers/HeaderColumns';
export {
  MAX_ROWS,
  MAX_COLUMNS,
  type CellPosition,
  type CellRect,
  columnLetter,
  columnIndex,
  cellAddress,
  parseCellAddress,
  rectAddress,
  rangeAddress,
  parseRectAddress,
  columnAddress,
  splitAddressList,
  positionsOfRects,
  cellsOfRects,
  cellKey,
  parseCellKey,
  cellKeyOfAddress,
} from './addresses/sheetAddress';
export { foldText } from './text/foldText';
export { contentHash } from './text/contentHash';
export { ISSUE_CODES, ISSUE_SEVERITY, type IssueCode, type Severity } from './issues/IssueCode';
export type { Issue, IssueParams } from './issues/Issue';
export {
  anomaliesHeader,
  describeIssue,
  describeRowError,
  describeRowSummary,
  describeCommentedCell,
  sheetMessages,
  importStatusHeader,
  versionHeader,
  formatSheetDay,
  describeImportStatus,
  type ImportRowStatus,
  type DuplicateOf,
  describeRowReasons,
  type RowReason,
} from './messages/sheetTexts';
export { ImportRowErrorCode } from './issues/ImportRowErrorCode';
export { LANGUAGES, DEFAULT_LANGUAGE, TEMPLATE_LANGUAGE, isLanguage, type Language } from './messages/Language';
export { issueMessagesFr, sheetMessagesFr, type SheetMessages } from './messages/sheetMessagesFr';
export { issueMessagesEn, sheetMessagesEn } from './messages/sheetMessagesEn';
export {
  normalizeClientValues,
  createValueNormalizer,
  type FullNormalizedValues,
  type FullValueNormalizer,
  type NormalizedValues,
  type ValueNormalizer,
} from './validation/createValueNormalizer';
export type { ClientValues, FullClientValues } from './validation/ClientValues';
export type { ValueProblem } from './validation/ValueProblem';
export { changedKeys, mergeThreeWay, sameValue, type ThreeWayMerge } from './merge/mergeThreeWay';
export type { FieldConflict, SheetConflict } from './merge/SheetConflict';
export { fingerprintStoreKey, rowFingerprint, type SentValues } from './merge/rowFingerprint';
export {
  createRefreshRowReader,
  describeRefreshStatus,
  planSheetRefresh,
  refreshLookup,
  type RefreshAnswer,
  type RefreshCellWrite,
  type RefreshColumns,
  type RefreshCounts,
  type RefreshPlan,
  type RefreshRow,
  type RefreshRowStatus,
  type StoreClient,
} from './refresh/planSheetRefresh';
export { DEFAULT_HOME_COUNTRY, type NormalizeOptions } from './validation/NormalizeOptions';
export { validateSheet } from './validation/validateSheet';
export { readRowVersion, versionColumnIndex } from './validation/rowVersion';
export type { ValidateSheetOptions } from './validation/ValidateSheetOptions';
export type { SheetValidation, SheetRecord } from './validation/SheetValidation';
export {
  VALUE_FIX_KEYS,
  allowedFixValues,
  collectValueFixes,
  suggestedChoices,
  valueFixWrites,
  type ValueFixKey,
  type ValueFixEntry,
  type ValueFixChoices,
  type ValueFixWrite,
} from './validation/collectValueFixes';
export { parseCountry } from './countries/parseCountry';
export { countryName, countryNameFr, countryNamesFr } from './countries/countryIndex';
export { isForeignClient, type ForeignRuleValues } from './countries/isForeignClient';
export { normalizePhone } from './phones/normalizePhone';
export { parsePhoneE164 } from './phones/parsePhoneE164';
export { formatPhoneInternational } from './phones/formatPhoneInternational';

// Used by the other layers (added when their deep imports moved to this index).
export { cellToText } from './cells/cellToText';
export { isDateValue } from './cells/isDateValue';
export { formatIsoDay } from './cells/formatIsoDay';
export { isEmptyCell } from './cells/isEmptyCell';
export { readCell } from './cells/readCell';
export { countryIndex } from './countries/countryIndex';
export { fastParsePhone } from './phones/fastParsePhone';
export { fastPhonePlan } from './phones/fastPhonePlans';
export { phoneMetadata } from './phones/phoneMetadata';
export type { RuleResult } from './rules/RuleResult';
export { dateToExcelSerial, excelSerialToIsoDate, isoDateToExcelSerial } from './rules/excelSerialToIsoDate';
export { checkTextCharacters, hasCleanCharacters } from './rules/checkTextCharacters';
export { normalizeEmail } from './rules/normalizeEmail';
export { normalizePostalCode } from './rules/normalizePostalCode';
export { normalizeMultilineText, normalizeText } from './rules/normalizeText';
export { normalizeVatNumber } from './rules/normalizeVatNumber';
export { formatVatNumber } from './rules/formatVatNumber';
export { parseBirthDate } from './rules/parseBirthDate';
export { parseLanguage, languageNameFr, LANGUAGE_CODES, LANGUAGE_NAMES_FR, type LanguageCode } from './rules/parseLanguage';
export { parseTitle, TITLE_VALUES, type TitleValue } from './rules/parseTitle';
export { swissUidCheckDigit } from './rules/swissUidCheckDigit';
export { editDistance } from './text/editDistance';
export { findClosest } from './text/findClosest';
export { memoize } from './text/memoize';
export { typoTolerance } from './text/typoTolerance';
export { createDuplicateIndex, type DuplicateIndex, type DuplicateProblem } from './validation/createDuplicateIndex';
export { createSheetValidator } from './validation/createSheetValidator';
export type { SheetValidator } from './validation/createSheetValidator';
export { isEmptyRow } from './validation/isEmptyRow';
export { headerWords } from './headers/headerWords';
export {
  blockingKeys,
  probeKeys,
  matchKeySets,
  MATCHED_KEYS,
  matchClients,
  matchProfile,
  sameName,
  MATCH_REASONS,
  MATCH_RULES,
  type DuplicateMatch,
  type MatchProfile,
  type MatchReason,
} from './duplicates/matchClients';
export { describeMatchReasons, matchReasonTexts } from './duplicates/matchReasonTexts';
// Issue 13 item 4: the probable pairs already in the base.
export { matchKeyNumber } from './duplicates/matchKeyNumber';
export { findDuplicatePairs, DUPLICATE_KEY_HOLDERS_MAX, type DuplicatePairMatch, type PairSubject } from './duplicates/findDuplicatePairs';
