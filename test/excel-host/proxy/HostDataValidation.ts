import { HostOfficeError } from '../HostOfficeError';
import type { DataValidationEntry } from '../model/SheetModel';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import { firstRect, type RangeTarget } from './RangeTarget';

const ruleTypes: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

function entryFor(target: RangeTarget): DataValidationEntry | null {
  const rect = firstRect(target);
  const entries = target.sheet.validationsIn(rect);
  const [entry] = entries;
  if (entries.length !== 1 || !entry) return null;
  const covers =
    entry.rect.row <= rect.row &&
    entry.rect.column <= rect.column &&
    entry.rect.row + entry.rect.rowCount >= rect.row + rect.rowCount &&
    entry.rect.column + entry.rect.columnCount >= rect.column + rect.columnCount;
  return covers ? entry : null;
}

function upsertEntry(target: RangeTarget, update: (entry: DataValidationEntry) => void): void {
  const rect = firstRect(target);
  const validations = target.sheet.validations;
  let entry = validations.find(
    (candidate) =>
      candidate.rect.row === rect.row &&
      candidate.rect.column === rect.column &&
      candidate.rect.rowCount === rect.rowCount &&
      candidate.rect.columnCount === rect.columnCount,
  );
  if (!entry) {
    entry = { rect, rule: {} };
    validations.push(entry);
  }
  update(entry);
}

/**
 * Excel.DataValidation (basic): rule (exactly one rule type, e.g. { list: { inCellDropDown, source } }),
 * type, errorAlert, prompt, ignoreBlanks, clear(). The host keeps rules; it does not enforce them on input.
 */
export class HostDataValidation extends HostClientObject<RangeTarget> {
  readonly _className = 'DataValidation';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    rule: {
      get: (target) => entryFor(target)?.rule ?? {},
      set: (target, value) => {
        const keys = value && typeof value === 'object' ? Object.keys(value).filter((key) => key in ruleTypes) : [];
        if (keys.length !== 1) throw new HostOfficeError('InvalidArgument', { location: 'DataValidation.rule' });
        upsertEntry(target, (entry) => (entry.rule = { ...(value as Record<string, unknown>) }));
      },
    },
    type: {
      get: (target) => {
        const entry = entryFor(target);
        if (!entry) return target.sheet.validationsIn(firstRect(target)).length > 0 ? 'MixedCriteria' : 'None';
        const key = Object.keys(entry.rule).find((name) => name in ruleTypes);
        return key ? ruleTypes[key] : 'None';
      },
    },
    errorAlert: {
      get: (target) => entryFor(target)?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
      set: (target, value) => upsertEntry(target, (entry) => (entry.errorAlert = value as Record<string, unknown>)),
    },
    prompt: {
      get: (target) => entryFor(target)?.prompt ?? { showPrompt: false, title: '', message: '' },
      set: (target, value) => upsertEntry(target, (entry) => (entry.prompt = value as Record<string, unknown>)),
    },
    ignoreBlanks: {
      get: (target) => entryFor(target)?.ignoreBlanks ?? true,
      set: (target, value) => upsertEntry(target, (entry) => (entry.ignoreBlanks = Boolean(value))),
    },
  };

  get rule(): Record<string, unknown> {
    return this._read('rule');
  }

  set rule(value: Record<string, unknown>) {
    this._write('rule', value);
  }

  get type(): string {
    return this._read('type');
  }

  get errorAlert(): Record<string, unknown> {
    return this._read('errorAlert');
  }

  set errorAlert(value: Record<string, unknown>) {
    this._write('errorAlert', value);
  }

  get prompt(): Record<string, unknown> {
    return this._read('prompt');
  }

  set prompt(value: Record<string, unknown>) {
    this._write('prompt', value);
  }

  get ignoreBlanks(): boolean {
    return this._read('ignoreBlanks');
  }

  set ignoreBlanks(value: boolean) {
    this._write('ignoreBlanks', value);
  }

  clear(): void {
    this._call('clear', [], (target) => {
      const rect = firstRect(target);
      const validations = target.sheet.validations;
      for (let i = validations.length - 1; i >= 0; i -= 1) {
        const entry = validations[i];
        if (entry && target.sheet.validationsIn(rect).includes(entry)) validations.splice(i, 1);
      }
    });
  }
}
