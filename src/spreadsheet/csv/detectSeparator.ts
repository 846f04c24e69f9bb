export type CsvSeparator = ',' | ';' | '\t';
/** In order of preference on a tie: `;` first, as French and Swiss Excel write it. */
const CANDIDATES: readonly CsvSeparator[] = [';', ',', '\t'];
const SAMPLE_LINES = 20;

/**
 * The field separator of a CSV text, from its first 20 lines: for each candidate (`;`, `,`, tab) the number of
 * times it occurs outside quotes on each line; the candidate that splits the most lines into the same number of
 * fields wins (so the commas of an unquoted "un, deux, trois" in a semicolon file do not), then the one that
 * gives more fields, then `;`.
 */
export function detectSeparator(text: string): CsvSeparator {
  const perLine = new Map<CsvSeparator, number[]>(CANDIDATES.map((candidate) => [candidate, [0]]));
  let quoted = false;
  let lines = 1;
  for (let i = 0; i < text.length && lines <= SAMPLE_LINES; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') {
      lines++;
      for (const counts of perLine.values()) counts.push(0);
    } else if (!quoted && (char === ';' || char === ',' || char === '\t')) {
      const counts = perLine.get(char);
      if (counts !== undefined) counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
    }
  }
  let best: CsvSeparator = ';';
  let bestScore = { lines: 0, count: 0 };
  for (const candidate of CANDIDATES) {
    const score = consistency(perLine.get(candidate) ?? []);
    if (score.lines > bestScore.lines || (score.lines === bestScore.lines && score.count > bestScore.count)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** The most frequent non-zero count on the sampled lines, and on how many lines it occurs. */
function consistency(counts: readonly number[]): { lines: number; count: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = { lines: 0, count: 0 };
  for (const [count, lines] of frequency) {
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { lines, count };
  }
  return best;
}
