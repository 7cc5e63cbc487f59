/**
 * Matching the names users write to the names kamdeck knows: case-insensitive, ignoring spaces and
 * punctuation, so "Account ID" = "account_id" = "AccountId" = "ACCOUNT-ID".
 */

/**
 * Lower case, letters and digits only (any script, so "Società" keeps its "à"). `%` and `#` carry
 * meaning in headers ("Onboarding %" is not "Onboarding"), so they become words first.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/%/g, 'percent')
    .replace(/#/g, 'number')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when `candidate` is `canonical` or one of its aliases, after normalising both sides. */
export function nameMatches(
  candidate: string,
  canonical: string,
  aliases: readonly string[] = [],
): boolean {
  const wanted = normaliseName(candidate);
  return [canonical, ...aliases].some((name) => normaliseName(name) === wanted);
}

/** Edit distance, for "did you mean" suggestions on near-miss headers. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The closest known name when it is a plausible typo (distance ≤ 2, or ≤ 1 for short names). */
export function suggestName(candidate: string, known: readonly string[]): string | undefined {
  const wanted = normaliseName(candidate);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(wanted, normaliseName(name));
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best === undefined) return undefined;
  const allowed = wanted.length <= 4 ? 1 : 2;
  return best.distance > 0 && best.distance <= allowed ? best.name : undefined;
}
