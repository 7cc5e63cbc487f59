/**
 * Splitting sections, in order, into `parts` contiguous groups whose largest total weight is as
 * small as possible (dynamic programming; ties keep earlier groups smaller). Used to spread a long
 * charter evenly over slides.
 */
export function balancedPartition(weights: readonly number[], parts: number): number[][] {
  const n = weights.length;
  const groups = Math.max(1, Math.min(parts, n));
  if (n === 0) return [];
  const prefix = [0];
  for (const weight of weights) prefix.push((prefix.at(-1) ?? 0) + weight);
  const sum = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  // best[g][i]: smallest possible largest group for the first i items in g groups.
  const best = Array.from({ length: groups + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: groups + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let g = 1; g <= groups; g += 1) {
    for (let i = g; i <= n; i += 1) {
      for (let j = g - 1; j < i; j += 1) {
        const candidate = Math.max(best[g - 1]?.[j] ?? Infinity, sum(j, i));
        if (candidate < (best[g]?.[i] ?? Infinity)) {
          (best[g] as number[])[i] = candidate;
          (cut[g] as number[])[i] = j;
        }
      }
    }
  }
  const result: number[][] = [];
  let end = n;
  for (let g = groups; g >= 1; g -= 1) {
    const start = cut[g]?.[end] ?? 0;
    result.unshift(Array.from({ length: end - start }, (_, k) => start + k));
    end = start;
  }
  return result;
}
