/**
 * Excel number format codes as text, for chart images: what PowerPoint shows for the same code on
 * a native chart. Covers what the slides use — sections with `[>=n]` conditions, quoted and escaped
 * literals, `#,##0` grouping, decimals, `%`, and trailing commas that divide by 1,000 (`#,##0.0,,"M"`)
 * — with the deck locale's separators, as PowerPoint uses its viewer's. Colours (`[Red]`), `_x`
 * spacing and `*x` fills are read and dropped; other codes print the number plainly.
 */

interface Condition {
  operator: '<' | '<=' | '>' | '>=' | '=' | '<>';
  value: number;
}

interface Section {
  condition?: Condition;
  /** Literal text before and after the number; undefined `digits` means a text-only section. */
  prefix: string;
  suffix: string;
  digits?: { minDecimals: number; maxDecimals: number; grouping: boolean; divisor: number };
  percent: boolean;
}

/** Splits at `;` outside quotes and brackets. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const char = code[i] ?? '';
    if (char === '\\' && !quoted) {
      current += char + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '"' && !bracket) quoted = !quoted;
    if (!quoted && char === '[') bracket = true;
    if (!quoted && char === ']') bracket = false;
    if (char === ';' && !quoted && !bracket) {
      sections.push(current);
      current = '';
    } else current += char;
  }
  sections.push(current);
  return sections;
}

const CONDITION = /^\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]/;

function parseDigits(pattern: string): NonNullable<Section['digits']> {
  const trimmed = pattern.replace(/,+$/, '');
  const scaleCommas = pattern.length - trimmed.length;
  const [integer = '', fraction = ''] = trimmed.split('.');
  return {
    minDecimals: (fraction.match(/0/g) ?? []).length,
    maxDecimals: (fraction.match(/[0#?]/g) ?? []).length,
    grouping: integer.includes(','),
    divisor: 1000 ** scaleCommas,
  };
}

/** Reads one section: literals around one run of digit placeholders. */
function parseSection(text: string): Section {
  const section: Section = { prefix: '', suffix: '', percent: false };
  let rest = text;
  const condition = CONDITION.exec(rest);
  if (condition !== null) {
    section.condition = {
      operator: condition[1] as Condition['operator'],
      value: Number(condition[2]),
    };
    rest = rest.slice(condition[0].length);
  }
  let literal = '';
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i] ?? '';
    if (char === '"') {
      const end = rest.indexOf('"', i + 1);
      literal += rest.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? rest.length : end;
    } else if (char === '\\') literal += rest[++i] ?? '';
    else if (char === '_' || char === '*') i++;
    else if (char === '[') {
      const end = rest.indexOf(']', i);
      const inside = rest.slice(i + 1, end === -1 ? undefined : end);
      // [$€-410]: a currency symbol and its locale; other brackets are colours.
      if (inside.startsWith('$')) literal += inside.slice(1).split('-')[0] ?? '';
      i = end === -1 ? rest.length : end;
    } else if (/[0#?]/.test(char) && section.digits === undefined) {
      const run = /^[0#?,.]+/.exec(rest.slice(i))?.[0] ?? char;
      section.digits = parseDigits(run);
      section.prefix = literal;
      literal = '';
      i += run.length - 1;
    } else {
      if (char === '%') section.percent = true;
      literal += char;
    }
  }
  if (section.digits === undefined) section.prefix = literal;
  else section.suffix = literal;
  return section;
}

function meets(value: number, { operator, value: limit }: Condition): boolean {
  switch (operator) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '=':
      return value === limit;
    case '<>':
      return value !== limit;
  }
}

/** Excel's choice of section: conditions in order, else positive / negative / zero. */
function pickSection(sections: Section[], value: number): { section: Section; signed: boolean } {
  const [first, second, third] = sections;
  if (first === undefined) throw new Error('a number format has at least one section');
  if (sections.some((section) => section.condition !== undefined)) {
    for (const section of sections.slice(0, 2)) {
      if (section.condition !== undefined && meets(value, section.condition))
        return { section, signed: true };
    }
    return { section: sections.find((s) => s.condition === undefined) ?? first, signed: true };
  }
  if (value < 0 && second !== undefined) return { section: second, signed: false };
  if (value === 0 && third !== undefined) return { section: third, signed: false };
  return { section: first, signed: true };
}

/** A formatter for one Excel format code; numbers use the locale's separators. */
export function excelNumberFormatter(code: string, locale: string): (value: number) => string {
  const sections = splitSections(code).map(parseSection);
  const cache = new Map<string, Intl.NumberFormat>();
  const intl = (digits: NonNullable<Section['digits']>) => {
    const key = `${digits.minDecimals}/${digits.maxDecimals}/${digits.grouping}`;
    const format =
      cache.get(key) ??
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits.minDecimals,
        maximumFractionDigits: digits.maxDecimals,
        useGrouping: digits.grouping,
      });
    cache.set(key, format);
    return format;
  };
  return (value) => {
    if (code === '' || code.toLowerCase() === 'general') return intl(GENERAL).format(value);
    const { section, signed } = pickSection(sections, value);
    if (section.digits === undefined) return section.prefix;
    const scaled =
      ((signed ? value : Math.abs(value)) * (section.percent ? 100 : 1)) / section.digits.divisor;
    const number = intl(section.digits).format(scaled === 0 ? 0 : scaled);
    // Excel writes the minus before any literal: -$1.2M.
    const negative = number.startsWith('-') || number.startsWith('\u2212');
    const digits = negative ? number.slice(1) : number;
    return `${negative ? '-' : ''}${section.prefix}${digits}${section.suffix}`;
  };
}

const GENERAL = { minDecimals: 0, maxDecimals: 10, grouping: false, divisor: 1 };
