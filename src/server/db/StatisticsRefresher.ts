/**
 * Told how many rows a bulk write added; refreshes the query planner's statistics when the tables
 * have grown enough since the last refresh that plans chosen on the old figures could be wrong.
 */
export type StatisticsRefresher = (addedRows: number) => Promise<void>;
