import { contentHash, rowFingerprint } from '@/domain';

describe('contentHash', () => {
  it('gives 14 hex digits per word, the same for the same text, another for another text', () => {
    expect(contentHash('Favre')).toMatch(/^[0-9a-f]{14}$/);
    expect(contentHash('Favre', 2)).toMatch(/^[0-9a-f]{28}$/);
    expect(contentHash('Favre')).toBe(contentHash('Favre'));
    expect(contentHash('Favre')).not.toBe(contentHash('favre'));
    expect(contentHash('Favre', 2).slice(0, 14)).toBe(contentHash('Favre'));
  });

  it('tells apart 100,000 different texts (no collision)', () => {
    const hashes = new Set<string>();
    for (let n = 0; n < 100_000; n += 1) hashes.add(contentHash(`client${n}@example.ch`));
    expect(hashes.size).toBe(100_000);
  });
});

describe('rowFingerprint', () => {
  const values = { lastName: 'Favre', firstName: 'Sophie', email: 'sophie.favre@example.ch', phone: '+41223104567' };

  it('leaves the code out: a row first imported without a code has the same fingerprint once it has one', () => {
    expect(rowFingerprint({ ...values, code: 'CL-000001' })).toBe(rowFingerprint(values));
    expect(rowFingerprint({ ...values, code: null })).toBe(rowFingerprint(values));
  });

  it('does not depend on the order of the keys', () => {
    expect(rowFingerprint({ phone: '+41223104567', email: 'sophie.favre@example.ch', firstName: 'Sophie', lastName: 'Favre' })).toBe(
      rowFingerprint(values),
    );
  });

  it('changes with any value, and tells an empty cell from a column the sheet lacks', () => {
    const base = rowFingerprint(values);
    expect(rowFingerprint({ ...values, phone: '+41223104568' })).not.toBe(base);
    expect(rowFingerprint({ ...values, city: 'Genève' })).not.toBe(base);
    expect(rowFingerprint({ ...values, city: null })).not.toBe(base);
    expect(rowFingerprint({ ...values, city: null })).not.toBe(rowFingerprint({ ...values, city: 'Genève' }));
    // The empty text and null are both an empty cell.
    expect(rowFingerprint({ ...values, city: '' })).toBe(rowFingerprint({ ...values, city: null }));
  });
});
