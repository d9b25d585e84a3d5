/** How the benchmark generators of every cloud share out an estate's size. */

/** Splits `total` into `parts` integers that differ by at most one (earlier parts get the remainder). */
export function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const rem = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rem ? 1 : 0));
}

/** Splits `total` by weights with largest remainders (ties to earlier parts), so the parts add up to `total`. */
export function byWeight(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}

/**
 * Some generators cannot make more than a few (one trail or detector per region, one set of Defender plans
 * per subscription). Given what each made of its share, the shares with what the capped ones (under 98% of
 * their share) left handed to the others by weight, so the estate comes close to the asked size; null when
 * nothing is left over or nobody can take it.
 */
export function sharesWithShortfallMoved(shares: number[], made: number[], weights: number[]): number[] | null {
  const capped = made.map((m, i) => m < (shares[i] ?? 0) * 0.98);
  const shortfall = made.reduce((n, m, i) => n + (capped[i] ? Math.max(0, (shares[i] ?? 0) - m) : 0), 0);
  const elastic = weights.map((w, i) => (capped[i] ? 0 : w));
  if (shortfall <= 0 || !elastic.some((w) => w > 0)) return null;
  const extra = byWeight(shortfall, elastic);
  return shares.map((sh, i) => sh + (extra[i] ?? 0));
}
