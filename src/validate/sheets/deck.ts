/**
 * The Deck sheet: two columns, Field | Value, all optional. A sheet without the header row
 * (first row already "Title | ...") is accepted too.
 */
import { describeValue, errorAt, warningAt, type Diagnostic, type Location } from '../../errors.js';
import type { CellValue, RawTable } from '../../load/raw-table.js';
import { nameMatches, suggestName } from '../names.js';
import { parseDate, parseText } from '../parse-cell.js';
import { tableLocation } from '../table.js';

export const DECK_SHEET = {
  name: 'Deck',
  aliases: ['Deck settings', 'Settings', 'Presentation', 'Cover'],
};

/** Deck fields as the user writes them; values stay raw until `resolveDeckInfo`. */
export interface DeckFields {
  title?: string;
  subtitle?: string;
  company?: string;
  client?: string;
  period?: string;
  author?: string;
  currency?: string;
  locale?: string;
  confidentiality?: string;
  asOf?: Date;
}

type DeckKey = keyof DeckFields;

export const DECK_FIELDS: readonly {
  key: DeckKey;
  field: string;
  aliases: readonly string[];
  description: string;
}[] = [
  {
    key: 'title',
    field: 'Title',
    aliases: ['Deck title', 'Titolo'],
    description: 'Title slide heading.',
  },
  {
    key: 'subtitle',
    field: 'Subtitle',
    aliases: ['Sottotitolo'],
    description: 'Line under the title.',
  },
  {
    key: 'company',
    field: 'Company',
    aliases: ['Our company', 'Vendor', 'Azienda'],
    description: 'Your company.',
  },
  {
    key: 'client',
    field: 'Client',
    aliases: ['Customer', 'Account', 'Cliente'],
    description: 'The client, for a single-client deck.',
  },
  {
    key: 'period',
    field: 'Period',
    aliases: ['Quarter', 'Review period', 'Periodo'],
    description: 'e.g. Q3 2026.',
  },
  {
    key: 'author',
    field: 'Author',
    aliases: ['Prepared by', 'Autore'],
    description: 'Shown on the title slide.',
  },
  {
    key: 'currency',
    field: 'Currency',
    aliases: ['Valuta'],
    description: 'ISO 4217 code, default USD.',
  },
  {
    key: 'locale',
    field: 'Locale',
    aliases: ['Language', 'Lingua'],
    description: 'BCP 47 tag, default en-US.',
  },
  {
    key: 'confidentiality',
    field: 'Confidentiality',
    aliases: ['Classification', 'Confidentiality label'],
    description: 'Footer label.',
  },
  {
    key: 'asOf',
    field: 'As of',
    aliases: ['As of date', 'Date', 'Reference date', 'Data'],
    description: 'Reference date of the figures.',
  },
];

function isHeaderPair(table: RawTable): boolean {
  const [first, second] = table.columns;
  return (
    first !== undefined &&
    second !== undefined &&
    nameMatches(first.header, 'Field', ['Key', 'Setting', 'Name', 'Campo']) &&
    nameMatches(second.header, 'Value', ['Valore'])
  );
}

/** Field/value pairs with their locations; the header row is data when it is not "Field | Value". */
function fieldRows(table: RawTable): { field: string; value: CellValue; location: Location }[] {
  const valueColumn = table.columns[1];
  const rows = table.rows.map((row) => ({
    field: parseText(row.cells[0] ?? null) ?? '',
    value: row.cells[1] ?? null,
    location: tableLocation(table, row.row, valueColumn),
  }));
  if (isHeaderPair(table) || table.columns.length === 0) return rows;
  const headerRow = {
    field: table.columns[0]?.header ?? '',
    value: table.columns[1]?.header ?? null,
  };
  return [{ ...headerRow, location: tableLocation(table, table.headerRow, valueColumn) }, ...rows];
}

export interface DeckFieldsResult {
  fields: DeckFields;
  /** Where each field's value cell is, for problems found later (an unknown currency). */
  locations: Partial<Record<DeckKey, Location>>;
  diagnostics: Diagnostic[];
}

export function readDeckFields(table: RawTable, locale: string): DeckFieldsResult {
  const fields: DeckFields = {};
  const locations: Partial<Record<DeckKey, Location>> = {};
  const diagnostics: Diagnostic[] = [];
  const rows = fieldRows(table);
  const localeRow = rows.find((row) => nameMatches(row.field, 'Locale', ['Language', 'Lingua']));
  const dateLocale = (localeRow && parseText(localeRow.value)) ?? locale;
  for (const row of rows) {
    if (row.field === '') continue;
    const spec = DECK_FIELDS.find((candidate) =>
      nameMatches(row.field, candidate.field, candidate.aliases),
    );
    if (spec === undefined) {
      const suggestion = suggestName(
        row.field,
        DECK_FIELDS.map((candidate) => candidate.field),
      );
      const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
      diagnostics.push(
        warningAt(
          { ...row.location, column: 'A' },
          `unknown deck field "${row.field}" is ignored${hint}`,
        ),
      );
      continue;
    }
    locations[spec.key] = row.location;
    if (spec.key === 'asOf') {
      const parsed = parseDate(row.value, dateLocale);
      if (!parsed.ok)
        diagnostics.push(
          errorAt(row.location, `${describeValue(row.value)} is not ${parsed.expected}`),
        );
      else if (parsed.value !== null) fields.asOf = parsed.value;
      continue;
    }
    const text = parseText(row.value);
    if (text !== null) fields[spec.key] = text;
  }
  return { fields, locations, diagnostics };
}
