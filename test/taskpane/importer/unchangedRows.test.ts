import { rowFingerprint } from '@/domain';
import type { ImportRow } from '@/contract/ImportRequest';
import { fingerprintsAfterImport, leaveOutUnchanged, withoutUnchangedRows } from '@/taskpane/importer/unchangedRows';

const row = (n: number, values: ImportRow['values']): ImportRow => ({ row: n, values });
const favre = { lastName: 'Favre', firstName: 'Sophie', email: 'sophie@example.ch' };
const muller = { lastName: 'Muller', firstName: 'Hans', email: 'hans@example.ch' };

describe('leaveOutUnchanged', () => {
  const filed = new Map([
    ['CL-1', rowFingerprint(favre)],
    ['CL-2', rowFingerprint(muller)],
  ]);

  it('leaves out a row whose values have the fingerprint filed under its code, and sends the changed and the new ones', () => {
    const rows = [
      row(2, { ...favre, code: 'CL-1' }),
      row(3, { ...muller, code: 'CL-2', phone: '+41223104567' }),
      row(4, { lastName: 'Rochat', firstName: 'Anne', email: 'anne@example.ch' }),
      row(5, { ...favre, code: 'CL-9' }),
    ];
    const { send, unchanged } = leaveOutUnchanged(rows, filed);
    expect(unchanged.map((entry) => entry.row)).toEqual([2]);
    expect(send.map((entry) => entry.row)).toEqual([3, 4, 5]);
  });

  it('sends every row of a code two rows share (which one was filed cannot be told), and everything without fingerprints', () => {
    const rows = [row(2, { ...favre, code: 'CL-1' }), row(7, { ...favre, code: 'CL-1' })];
    expect(leaveOutUnchanged(rows, filed).send.map((entry) => entry.row)).toEqual([2, 7]);
    expect(leaveOutUnchanged([row(2, { ...favre, code: 'CL-1' })], new Map()).unchanged).toEqual([]);
  });
});

describe('fingerprintsAfterImport', () => {
  it('files each written or unchanged row under the code the store gave it, with the values written back; forgets refused rows', () => {
    const rows = [
      row(2, favre),
      row(3, { ...muller, code: 'CL-2' }),
      row(4, { lastName: 'Rochat', firstName: 'Anne', email: 'anne@', code: 'CL-3' }),
      row(5, { ...favre, code: 'CL-4' }),
      row(6, { ...favre, code: 'CL-5' }),
    ];
    const updates = fingerprintsAfterImport(rows, [
      { row: 2, status: 'created', code: 'CL-1' },
      { row: 3, status: 'updated', code: 'CL-2', writtenBack: { phone: '+41223104567' } },
      { row: 4, status: 'failed', code: null },
      { row: 5, status: 'conflict', code: 'CL-4' },
      { row: 6, status: 'not_imported' },
    ]);
    expect(updates).toEqual(
      new Map([
        ['CL-1', rowFingerprint(favre)],
        ['CL-2', rowFingerprint({ ...muller, phone: '+41223104567' })],
        ['CL-3', null],
        ['CL-4', null],
        ['CL-5', null],
      ]),
    );
    // What was filed leaves the same row out next time (the write-back gave it its code).
    expect(leaveOutUnchanged([row(2, { ...favre, code: 'CL-1' })], new Map([['CL-1', rowFingerprint(favre)]])).unchanged).toHaveLength(1);
  });
});

describe('withoutUnchangedRows', () => {
  it('leaves the unchanged rows out of the batches and counts them; the others keep their order, cut again', () => {
    const rows = Array.from({ length: 7 }, (_, n) => row(n + 2, { ...favre, email: `c${n}@example.ch`, code: `CL-${n}` }));
    const filed = new Map([0, 2, 3].map((n) => [`CL-${n}`, rowFingerprint(rows[n]?.values ?? {})]));
    const plan = withoutUnchangedRows({ sheetName: 'Clients', batches: [rows.slice(0, 4), rows.slice(4)] }, filed, 2);
    expect(plan.unchanged).toBe(3);
    expect(plan.sheetName).toBe('Clients');
    expect(plan.batches.map((batch) => batch.map((entry) => entry.row))).toEqual([
      [3, 6],
      [7, 8],
    ]);
  });
});
