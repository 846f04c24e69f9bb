export type CsvSeparator = ',' | ';' | '\t';
const CANDIDATES: readonly CsvSeparator[] = [';', ',', '\t'];
const SAMPLE_LINES = 20;

/**
 * The field separator of a CSV text: the candidate (`;`, `,`, tab) found most often outside quotes
 * in the first 20 lines; `;` on a tie, as French and Swiss Excel write it.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') lines++;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvSeparator = ';';
  for (const candidate of CANDIDATES) if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  return best;
}
