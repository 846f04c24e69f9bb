/**
 * Excel on the web's data-transfer limits
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * requests and responses are limited to 5 MB, a range read to 5,000,000 cells.
 * The address limit is the longest address string the host accepts in getRange/getRanges.
 */
export type ExcelLimits = {
  maxRequestBytes: number;
  maxResponseBytes: number;
  maxCellsPerRead: number;
  maxAddressLength: number;
};

export const defaultExcelLimits: ExcelLimits = {
  maxRequestBytes: 5 * 1024 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
  maxCellsPerRead: 5_000_000,
  maxAddressLength: 8192,
};
