import type { CellRect } from '../address/CellRect';
import type { SheetModel } from './SheetModel';

/** A table: its range includes the header row (tables created by the host always have one). */
export type TableModel = {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: CellRect;
  style: string;
  deleted: boolean;
};
