/** The Deck sheet's contract: Field | Value settings, every field optional. */
import { DECK_FIELDS, DECK_SHEET } from '../../validate/sheets/deck.js';
import { DEFAULT_CURRENCY, DEFAULT_LOCALE } from '../../validate/locale.js';
import { suggested } from '../column.js';
import { EXAMPLE_AS_OF } from '../examples.js';
import type { CellFormat, ExampleCell, FieldContract, SheetContract } from '../types.js';

const EXAMPLE_VALUES: Record<string, ExampleCell> = {
  Title: 'Key Account Review (example)',
  Subtitle: 'Portfolio health and priorities',
  Company: 'Example Vendor Inc.',
  Client: null,
  Period: 'Q3 2026',
  Author: 'Your name',
  Currency: DEFAULT_CURRENCY,
  Locale: DEFAULT_LOCALE,
  Confidentiality: 'Example data - replace before sharing',
  'As of': EXAMPLE_AS_OF,
};

const FIELD_EXTRAS: Record<string, Pick<FieldContract, 'format' | 'accepted'>> = {
  Currency: { format: 'text', accepted: suggested(['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD']) },
  Locale: {
    format: 'text',
    accepted: suggested(['en-US', 'en-GB', 'it-IT', 'de-DE', 'fr-FR', 'es-ES']),
  },
  'As of': { format: 'date' },
};

const fields: FieldContract[] = DECK_FIELDS.map((spec) => ({
  field: spec.field,
  description: spec.description,
  format: FIELD_EXTRAS[spec.field]?.format ?? ('text' satisfies CellFormat),
  ...(FIELD_EXTRAS[spec.field]?.accepted === undefined
    ? {}
    : { accepted: FIELD_EXTRAS[spec.field]?.accepted }),
  example: EXAMPLE_VALUES[spec.field] ?? null,
}));

export const DECK_CONTRACT: SheetContract = {
  name: DECK_SHEET.name,
  aliases: DECK_SHEET.aliases,
  purpose:
    'Settings of the deck: title, company, period, currency, locale (number and date formats, text language) and as-of date.',
  feeds: ['title', 'agenda'],
  required: false,
  columns: [
    {
      header: 'Field',
      aliases: [],
      required: true,
      description: 'The setting, one per row (names below).',
      format: 'text',
      width: 18,
    },
    {
      header: 'Value',
      aliases: [],
      required: true,
      description: 'Its value; an empty value keeps the default.',
      format: 'text',
      width: 40,
    },
  ],
  fields,
  fixedColumns: false,
  examples: fields.map((field) => ({ Field: field.field, Value: field.example })),
};
