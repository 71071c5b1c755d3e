/** The known name closest to a misspelt one: 役政災防科 → 役政災防課. */

/** Edit distance over characters (code points), so one CJK character is one edit. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The name with the fewest edits, if it shares at least half of the written name (a suggestion
 * that changes most of the name is a guess, not a correction); the first listed wins a tie.
 */
export function nearestName(written: string, names: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = editDistance(written, name);
    if (!best || d < best.d) best = { name, d };
  }
  const length = Math.max([...written].length, 1);
  return best && best.d <= Math.floor(length / 2) ? best.name : undefined;
}
