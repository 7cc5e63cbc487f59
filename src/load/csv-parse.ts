/**
 * A small RFC 4180 parser (quoted fields, doubled quotes, newlines inside quotes, CRLF or LF) and
 * separator detection. Hand-written because the rules are short and lenient reading of what Excel
 * exports matters more than speed.
 */
export type Separator = ',' | ';' | '\t';

const SEPARATORS: readonly Separator[] = [',', ';', '\t'];
/** Enough lines to see a pattern without reading a large file twice. */
const SAMPLE_LINES = 20;

export interface ParsedCsv {
  /** Records in file order; record i is spreadsheet row i + 1. */
  records: string[][];
  /** 1-based record number where a quoted field opens and never closes, if any. */
  unclosedQuoteRecord?: number;
}

/** Splits text into physical records, keeping newlines that sit inside quotes. */
function sampleRecords(text: string, limit: number): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && records.length < limit; i += 1) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      records.push(text.slice(start, i));
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      start = i + 1;
    }
  }
  if (records.length < limit && start < text.length) records.push(text.slice(start));
  return records.filter((record) => record.trim() !== '');
}

function countOutsideQuotes(record: string, separator: Separator): number {
  let count = 0;
  let inQuotes = false;
  for (const char of record) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === separator) count += 1;
  }
  return count;
}

/** The most frequent non-zero count, and how many lines have exactly that count. */
function consistency(counts: readonly number[]): { lines: number; fields: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = { lines: 0, fields: 0 };
  for (const [fields, lines] of frequency) {
    if (lines > best.lines || (lines === best.lines && fields > best.fields)) {
      best = { lines, fields };
    }
  }
  return best;
}

/**
 * Picks the separator that splits the first lines most consistently: the one for which the most
 * lines share the same (non-zero) count, then the one giving more columns. Decimal commas in a
 * semicolon file appear on some lines only, so they lose to the semicolons that appear on all.
 */
export function detectSeparator(text: string): Separator {
  const lines = sampleRecords(text, SAMPLE_LINES);
  let chosen: Separator = ',';
  let best = { lines: 0, fields: 0 };
  for (const separator of SEPARATORS) {
    const score = consistency(lines.map((line) => countOutsideQuotes(line, separator)));
    if (score.lines > best.lines || (score.lines === best.lines && score.fields > best.fields)) {
      chosen = separator;
      best = score;
    }
  }
  return chosen;
}

/** Parses CSV text; lenient where Excel and hand-edited files are sloppy, never throws. */
export function parseCsv(text: string, separator: Separator): ParsedCsv {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteOpenedIn = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char !== '"') {
        field += char;
      } else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else {
        inQuotes = false;
      }
    } else if (char === '"' && field === '') {
      inQuotes = true;
      quoteOpenedIn = records.length + 1;
    } else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else field += char;
  }
  // A final line break does not start another record.
  if (field !== '' || record.length > 0 || inQuotes) endRecord();
  return inQuotes ? { records, unclosedQuoteRecord: quoteOpenedIn } : { records };
}
