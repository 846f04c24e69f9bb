import { actionBytes, rangeAreasBytes, rangeWriteEnvelope } from '@/excel/requests/requestBytes';
import { startOfficeJsHost } from './officeJsHostSupport';

// src/excel/requests/requestBytes.ts estimates what each queued action adds to a request, so that SyncBudget keeps
// requests under Excel on the web's 5 MB. Measured here on the real client: the bytes one more action adds to the body
// office.js sends (the difference between a request with 11 and with 1 such action, over 10).

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

type Queue = (sheet: Excel.Worksheet, index: number) => void;

async function marginalBytes(queue: Queue, runner: 'Excel.run' | 'RequestContext' = 'Excel.run'): Promise<number> {
  const started = startOfficeJsHost([['Nom *']]);
  uninstall = started.uninstall;
  const { host } = started;
  const requestBytes = async (count: number) => {
    host.resetStats();
    const batch = async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      for (let index = 0; index < count; index += 1) queue(sheet, index);
      await context.sync();
    };
    if (runner === 'Excel.run') await Excel.run(batch);
    else await batch(new Excel.RequestContext());
    return host.stats.history[0]?.requestBytes ?? 0;
  };
  const one = await requestBytes(1);
  return ((await requestBytes(11)) - one) / 10;
}

const oneRow = [['Favre', 'Sophie', 'sophie.favre@example.ch']];
const messages = Array.from({ length: 20 }, (_, index) => [index % 4 === 0 ? `Email * : adresse invalide (${index})` : '']);
const cells40 = Array.from({ length: 40 }, (_, index) => `G${index * 3 + 2}`).join(',');
const cells1000 = Array.from({ length: 1_000 }, (_, index) => `K${index * 2 + 2}`).join(',');

function markFill(address: string): Queue {
  return (sheet) => {
    const fill = sheet.getRanges(address).format.fill;
    fill.pattern = 'Solid';
    fill.color = '#FFC7CE';
  };
}

describe('request sizes of the real client against src/excel/requests/requestBytes.ts', () => {
  it.each([
    ['one row of three values', oneRow],
    ['a block of 20 "Anomalies" cells', messages],
  ])('a values write (%s) costs no more than actionBytes(values, rangeWriteEnvelope), and not 30 %% less', async (_name, values) => {
    const real = await marginalBytes((sheet, index) => {
      sheet.getRangeByIndexes(index * values.length + 1, 0, values.length, values[0]?.length ?? 1).values = values;
    });
    const estimate = actionBytes(values, rangeWriteEnvelope);
    expect(estimate).toBeGreaterThanOrEqual(real);
    expect(estimate).toBeLessThan(real * 1.3);
  });

  it.each([
    ['40 cells', cells40],
    ['1,000 cells (7,900 characters)', cells1000],
  ])('a fill mark on getRanges(%s) costs no more than rangeAreasBytes(address)', async (_name, address) => {
    const real = await marginalBytes(markFill(address));
    const estimate = rangeAreasBytes(address);
    expect(estimate).toBeGreaterThanOrEqual(real);
    expect(estimate).toBeLessThan(real * 1.3);
  });

  it('costs about 150 bytes more per range inside Excel.run, where office.js tracks each range it creates', async () => {
    const write: Queue = (sheet, index) => {
      sheet.getRangeByIndexes(index + 1, 0, 1, 3).values = oneRow;
    };
    const inRun = await marginalBytes(write, 'Excel.run');
    const plain = await marginalBytes(write, 'RequestContext');
    expect(inRun - plain).toBeGreaterThan(120);
    expect(inRun - plain).toBeLessThan(200);
  });
});
