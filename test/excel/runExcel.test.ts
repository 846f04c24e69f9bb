import { ExcelOperationError } from '@/excel/ExcelOperationError';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { ExcelErrorCode } from '@/excel/excelErrorCode';
import { runExcel } from '@/excel/runExcel';
import { isPayloadLimitError, toExcelOperationError } from '@/excel/toExcelOperationError';
import { createExcelHost, type ExcelHostOptions } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

async function failureOf(promise: Promise<unknown>): Promise<ExcelOperationError> {
  try {
    await promise;
  } catch (error) {
    return error as ExcelOperationError;
  }
  throw new Error('expected a failure');
}

describe('runExcel', () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  function install(options: ExcelHostOptions = {}) {
    const host = createExcelHost(options);
    host.workbook.addSheet('Clients', [['Nom *'], ['Favre']]);
    uninstall = installExcelHost(host);
    return host;
  }

  it('returns what the batch returns', async () => {
    install();
    const values = await runExcel(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1:A2').load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['Nom *'], ['Favre']]);
  });

  it.each([
    [
      'a missing sheet',
      'item_not_found',
      async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('Absent');
        await context.sync();
      },
    ],
    [
      'a duplicate sheet',
      'item_already_exists',
      async (context: Excel.RequestContext) => {
        context.workbook.worksheets.add('Clients');
        await context.sync();
      },
    ],
    [
      'a bad address',
      'invalid_argument',
      async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('Clients').getRange('A0');
        await context.sync();
      },
    ],
    [
      'a read over the cell limit',
      'range_too_large',
      async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('Clients').getRange('A:E').load('values');
        await context.sync();
      },
    ],
  ] as const)('maps %s to %s', async (_case, code, batch) => {
    install();
    const failure = await failureOf(runExcel(batch));
    expect(failure).toBeInstanceOf(ExcelOperationError);
    expect(failure.code).toBe(code);
  });

  it('maps a request over the payload limit to request_too_large', async () => {
    install({ limits: { maxRequestBytes: 1000 } });
    const failure = await failureOf(
      runExcel(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1:A100').values = Array.from({ length: 100 }, () => ['Favre']);
        await context.sync();
      }),
    );
    expect([failure.code, failure.officeCode]).toEqual(['request_too_large', 'RequestPayloadSizeLimitExceeded']);
  });

  it('maps a response over the payload limit to response_too_large', async () => {
    install({ limits: { maxResponseBytes: 1000 } });
    const failure = await failureOf(
      runExcel(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1:J100').load('values');
        await context.sync();
      }),
    );
    expect(failure.code).toBe('response_too_large');
  });

  it('maps anything else to unknown, keeping no Office message', async () => {
    install();
    const failure = await failureOf(
      runExcel(async (context) => {
        const range = context.workbook.worksheets.getItem('Clients').getRange('A1');
        return range.values; // read before load and sync: PropertyNotLoaded
      }),
    );
    expect([failure.code, failure.officeCode]).toEqual(['unknown', 'PropertyNotLoaded']);
    expect(failure.message).not.toMatch(/load method/);
    expect(toExcelOperationError(new TypeError('boom')).code).toBe('unknown');
  });

  it('fails with not_in_excel when no Excel is installed', async () => {
    expect((await failureOf(runExcel(async () => 1))).code).toBe('not_in_excel');
  });
});

describe('formatOfficeError', () => {
  it.each(ExcelErrorCode.map((code) => [code]))('has a French and an English text for %s', (code) => {
    const error = new ExcelOperationError(code);
    const fr = formatOfficeError(error, 'fr');
    const en = formatOfficeError(error, 'en');
    expect(fr.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(fr).not.toBe(en);
  });

  it.each([
    ['InvalidCellAddress', 'fr', "Excel n'a pas accepté cette adresse ou cette valeur."],
    [
      'UndoNotSupported',
      'fr',
      "Excel n'a pas pu inscrire cette action dans son historique d'annulation. Réessayez ; si cela se répète, mettez Excel à jour.",
    ],
    ['InvalidOperation', 'en', "Excel doesn't allow this action in the workbook's current state. Try again in a moment."],
    ['WriteNotSupportedWhenModalDialogOpen', 'fr', 'Une boîte de dialogue est ouverte dans Excel : fermez-la, puis réessayez.'],
    ['RequestPayloadSizeLimitExceeded', 'en', 'Too much data to send to Excel at once. The operation must be split.'],
    ['GeneralException', 'fr', "Excel n'a pas pu terminer l'opération. Réessayez."],
  ] as const)("describes Office's %s in %s", (code, lang, text) => {
    expect(formatOfficeError({ code, message: 'Office text, never shown' }, lang)).toBe(text);
  });

  it('maps raw Office errors before describing them', () => {
    expect(formatOfficeError({ code: 'ItemNotFound', message: "The requested resource doesn't exist." }, 'fr')).toBe(
      "La feuille ou la plage demandée n'existe plus.",
    );
    expect(formatOfficeError({ code: 'InvalidOperationInCellEditMode' }, 'en')).toBe(
      'Finish editing the cell in Excel (Enter or Esc), then try again.',
    );
  });
});

describe('isPayloadLimitError', () => {
  it.each([
    [{ code: 'RequestPayloadSizeLimitExceeded', httpStatusCode: 400 }, true],
    [{ code: 'ResponsePayloadSizeLimitExceeded', httpStatusCode: 400 }, true],
    [{ code: 'RangeExceedsLimit' }, true],
    [{ code: 'GeneralException', httpStatusCode: 500, message: 'An internal error has occurred.' }, true],
    [{ code: 'GeneralException' }, false],
    [{ code: 'ItemNotFound', httpStatusCode: 404 }, false],
    [new ExcelOperationError('response_too_large', 'ResponsePayloadSizeLimitExceeded'), true],
    [new TypeError('boom'), false],
  ])('recognises every form office.js reports: %p → %p', (error, expected) => {
    expect(isPayloadLimitError(error)).toBe(expected);
  });
});
