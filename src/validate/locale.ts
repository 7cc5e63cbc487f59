/** Checking the deck's locale and currency against what Intl supports. */
import { errorAt, type Diagnostic, type Location } from '../errors.js';

export const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_CURRENCY = 'USD';

export function resolveLocale(
  tag: string | undefined,
  where: Location,
  diagnostics: Diagnostic[],
): string {
  if (tag === undefined) return DEFAULT_LOCALE;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.replace('_', '-'));
    if (canonical !== undefined) return canonical;
  } catch {
    // fall through to the located error below
  }
  diagnostics.push(
    errorAt(where, `"${tag}" is not a locale; expected a BCP 47 tag such as en-US or it-IT`),
  );
  return DEFAULT_LOCALE;
}

export function resolveCurrency(
  code: string | undefined,
  where: Location,
  diagnostics: Diagnostic[],
): string {
  if (code === undefined) return DEFAULT_CURRENCY;
  const upper = code.trim().toUpperCase();
  const supported = Intl.supportedValuesOf('currency');
  if (/^[A-Z]{3}$/.test(upper) && supported.includes(upper)) return upper;
  diagnostics.push(
    errorAt(where, `"${code}" is not a currency; expected an ISO 4217 code such as USD or EUR`),
  );
  return DEFAULT_CURRENCY;
}
