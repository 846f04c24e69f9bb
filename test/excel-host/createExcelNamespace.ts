import type { HostEnvironment } from './HostEnvironment';
import { HostOfficeError } from './HostOfficeError';
import { hostErrorCodes } from './hostErrorCodes';
import { HostClientObject } from './proxy/HostClientObject';
import { HostRequestContext, type HostRunOptions } from './proxy/HostRequestContext';

type Batch<T> = (context: HostRequestContext) => Promise<T>;

/** The enum-like objects of the Excel namespace that add-in code reads at run time. */
const enumObjects = {
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  DataValidationType: {
    none: 'None',
    wholeNumber: 'WholeNumber',
    decimal: 'Decimal',
    list: 'List',
    date: 'Date',
    time: 'Time',
    textLength: 'TextLength',
    custom: 'Custom',
    inconsistent: 'Inconsistent',
    mixedCriteria: 'MixedCriteria',
  },
  DataValidationOperator: {
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
    lessThanOrEqualTo: 'LessThanOrEqualTo',
  },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  RangeValueType: {
    unknown: 'Unknown',
    empty: 'Empty',
    string: 'String',
    integer: 'Integer',
    double: 'Double',
    boolean: 'Boolean',
    error: 'Error',
    richValue: 'RichValue',
  },
} as const;

export type HostExcelNamespace = typeof enumObjects & {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(
    options: HostRunOptions | HostClientObject<unknown> | HostClientObject<unknown>[] | HostRequestContext,
    batch: Batch<T>,
  ): Promise<T>;
  RequestContext: new () => HostRequestContext;
  ErrorCodes: typeof hostErrorCodes;
};

/**
 * The `Excel` global of one host: Excel.run (with or without options), Excel.RequestContext, Excel.ErrorCodes
 * and the enum objects. As office.js, run() syncs what the batch left queued before resolving.
 */
export function createExcelNamespace(env: HostEnvironment): HostExcelNamespace {
  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as Batch<T> | undefined;
    if (typeof batch !== 'function') throw new HostOfficeError('InvalidArgument', { location: 'Excel.run' });
    const existing =
      first instanceof HostRequestContext
        ? first
        : first instanceof HostClientObject
          ? first.context
          : Array.isArray(first) && first[0] instanceof HostClientObject
            ? (first[0] as HostClientObject<unknown>).context
            : null;
    const options = typeof first === 'object' && first !== null && existing === null ? (first as HostRunOptions) : {};
    const context = existing ?? new HostRequestContext(env, options);
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw new HostOfficeError('RunMustReturnPromise', { location: 'Excel.run' });
      }
      const result = await (pending as Promise<T>);
      await context.sync();
      return result;
    } finally {
      if (existing === null) context._close();
    }
  }

  return {
    ...enumObjects,
    run: run as HostExcelNamespace['run'],
    RequestContext: class extends HostRequestContext {
      constructor() {
        super(env);
      }
    },
    ErrorCodes: hostErrorCodes,
  };
}
