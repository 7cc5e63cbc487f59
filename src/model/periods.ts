/**
 * Reading period headers ("2024", "FY2025", "2026-Q1", "Q1 2026", "Jan 2026", "2026-03") so that
 * columns sort chronologically whatever order the user typed them in.
 */
import type { Period } from './model.js';

const ENGLISH_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Lower-case month names and abbreviations for English and the given locale, index 0 = January. */
function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  ENGLISH_MONTHS.forEach((name, index) => names.set(name, index));
  for (const month of ['long', 'short'] as const) {
    for (const lang of ['en-US', locale]) {
      const format = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
      for (let index = 0; index < 12; index += 1) {
        const name = format
          .format(new Date(Date.UTC(2001, index, 15)))
          .toLowerCase()
          .replace(/\.$/, '');
        names.set(name, index);
      }
    }
  }
  return names;
}

const YEAR = String.raw`((?:19|20|21)\d{2})`;

/** "Jan 2026" in the locale's words, as Excel shows a month cell formatted `mmm yyyy`. */
function monthLabel(year: number, monthIndex: number, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(Date.UTC(year, monthIndex, 1)));
}

function period(label: string, year: number, monthIndex: number, months: number): Period {
  return { label, startMonth: year * 12 + monthIndex, months };
}

/** Parses a period header, or returns undefined when the text is not a period. */
export function parsePeriod(header: string, locale = 'en-US'): Period | undefined {
  const label = header.trim();
  const text = label.toLowerCase().replace(/\s+/g, ' ');
  let match = new RegExp(`^(?:fy|cy|y)? ?'?${YEAR}$`).exec(text);
  if (match) return period(label, Number(match[1]), 0, 12);

  match = new RegExp(`^${YEAR} ?[-/ ]? ?q([1-4])$`).exec(text) ?? null;
  if (match) return period(label, Number(match[1]), (Number(match[2]) - 1) * 3, 3);
  match = new RegExp(`^q([1-4]) ?[-/ ]? ?(?:fy)?${YEAR}$`).exec(text);
  if (match) return period(label, Number(match[2]), (Number(match[1]) - 1) * 3, 3);

  match = new RegExp(`^${YEAR} ?[-/ ]? ?h([12])$`).exec(text);
  if (match) return period(label, Number(match[1]), (Number(match[2]) - 1) * 6, 6);
  match = new RegExp(`^h([12]) ?[-/ ]? ?${YEAR}$`).exec(text);
  if (match) return period(label, Number(match[2]), (Number(match[1]) - 1) * 6, 6);

  match = new RegExp(`^${YEAR}[-/.](0?[1-9]|1[0-2])$`).exec(text);
  if (match) return period(label, Number(match[1]), Number(match[2]) - 1, 1);
  match = new RegExp(`^(0?[1-9]|1[0-2])[-/.]${YEAR}$`).exec(text);
  if (match) return period(label, Number(match[2]), Number(match[1]) - 1, 1);

  // "Jan 2026" typed into Excel becomes a date, which reaches us as ISO text: it means its month.
  match = new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`).exec(text);
  if (match) {
    const [year, monthIndex] = [Number(match[1]), Number(match[2]) - 1];
    return period(monthLabel(year, monthIndex, locale), year, monthIndex, 1);
  }

  match = new RegExp(`^([\\p{L}]+)\\.?[ -]?'?${YEAR}$`, 'u').exec(text);
  if (match) {
    const monthIndex = monthNames(locale).get(match[1] ?? '');
    if (monthIndex !== undefined) return period(label, Number(match[2]), monthIndex, 1);
  }
  return undefined;
}

/** Chronological order; a longer period first when two start in the same month (FY before Q1). */
export function comparePeriods(a: Period, b: Period): number {
  return a.startMonth - b.startMonth || b.months - a.months;
}
