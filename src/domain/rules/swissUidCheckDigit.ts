const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/**
 * Check digit of a Swiss UID (IDE/UID, `CHE-123.456.78x`) from its first eight digits: modulo 11 with
 * weights 5,4,3,2,7,6,5,4. Undefined when the remainder gives 10, which no UID uses.
 */
export function swissUidCheckDigit(firstEightDigits: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEightDigits.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}
