import { blockingKeys, matchKeyNumber, matchProfile, probeKeys } from '@/domain';

describe('matchKeyNumber: the number a blocking key is stored as', () => {
  it('is the same for the same key on every call, and an integer below 2^53 (exact in JSON, SQLite and bigint)', () => {
    const keys = ['t:+41223104567', 'd:1975-05-12|d', 'n:dupont|j|1204', 'e:jean.dupont|dj', '', 'g:zoé|m|1201'];
    for (const key of keys) {
      const number = matchKeyNumber(key);
      expect(matchKeyNumber(key)).toBe(number);
      expect(Number.isSafeInteger(number)).toBe(true);
      expect(number).toBeGreaterThanOrEqual(0);
      expect(JSON.parse(JSON.stringify(number))).toBe(number);
    }
  });

  it('gives the keys of 50,000 clients 50,000 × 7 distinct numbers (keys that differ by one letter or their order included)', () => {
    const numbers = new Map<number, string>();
    let keys = 0;
    for (let index = 0; index < 50_000; index += 1) {
      const profile = matchProfile({
        lastName: `Dupont${index % 97}`,
        firstName: `Jean${Math.floor(index / 97)}`,
        phone: `+4122${String(3_000_000 + index)}`,
        mobile: `+4179${String(3_000_000 + index)}`,
        email: `jean.dupont.${index}@example.ch`,
        postalCode: String(1000 + (index % 900)),
        birthDate: `19${String(40 + (index % 60)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
      });
      for (const key of new Set([...blockingKeys(profile), ...probeKeys(profile)])) {
        const number = matchKeyNumber(key);
        const other = numbers.get(number);
        if (other !== undefined && other !== key) throw new Error(`${key} and ${other} have one number`);
        if (other === undefined) keys += 1;
        numbers.set(number, key);
      }
    }
    expect(keys).toBeGreaterThan(300_000);
    expect(numbers.size).toBe(keys);
  });

  it('tells apart keys that differ only by one character or by two swapped ones', () => {
    expect(matchKeyNumber('n:dupont|j|1204')).not.toBe(matchKeyNumber('n:dupont|j|1203'));
    expect(matchKeyNumber('d:1975-05-12|d')).not.toBe(matchKeyNumber('d:1975-05-21|d'));
    expect(matchKeyNumber('e:ab|dj')).not.toBe(matchKeyNumber('e:ba|dj'));
  });
});
