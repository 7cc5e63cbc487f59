/**
 * validateWorkbook: raw tables → the typed model, collecting every problem rather than stopping at
 * the first. Returns diagnostics as values; the pipeline decides whether to throw.
 */
import { errorAt, hasErrors, type Diagnostic, type Location } from '../errors.js';
import type { RawTable, RawWorkbook } from '../load/raw-table.js';
import { parseText } from './parse-cell.js';
import type { DeckInfo, KamModel, Period, PeriodTable } from '../model/model.js';
import { resolveCurrency, resolveLocale } from './locale.js';
import {
  DECK_SHEET,
  readDeckFields,
  type DeckFields,
  type DeckFieldsResult,
} from './sheets/deck.js';
import { accountsSheet } from './sheets/accounts.js';
import { REVENUE_SHEET } from './sheets/revenue.js';
import { checkColumnNames, checkSheetNames, withoutEmptySheets } from './contract-checks.js';
import { emptyPeriodTable, readPeriodSheetTable } from './period-table.js';
import { checkRevenue } from './revenue-checks.js';
import type { SheetReaderContext, ValidateOptions } from './sheet-context.js';
import { readOptionalSheets } from './sheet-readers.js';
import { suggestName } from './names.js';
import { readAccounts } from './read-accounts.js';
import { findTable } from './table.js';

export type { ValidateOptions } from './sheet-context.js';

export interface ValidationResult {
  /** Present when there are no errors. */
  model?: KamModel;
  diagnostics: Diagnostic[];
}

/** Fallback as-of date when neither the Deck sheet nor the periods give one: fixed, so output stays deterministic. */
const FALLBACK_AS_OF = new Date(Date.UTC(2000, 0, 1));

function periodEnd(period: Period): Date {
  const endMonth = period.startMonth + period.months; // first month after the period
  return new Date(Date.UTC(Math.floor(endMonth / 12), endMonth % 12, 0));
}

function resolveDeckInfo(
  fields: DeckFields,
  locale: string,
  currency: string,
  periods: Period[],
): DeckInfo {
  const last = periods.at(-1);
  return {
    title: fields.title ?? 'Key Account Review',
    subtitle: fields.subtitle ?? '',
    company: fields.company ?? '',
    client: fields.client ?? '',
    period: fields.period ?? last?.label ?? '',
    author: fields.author ?? '',
    currency,
    locale,
    confidentiality: fields.confidentiality ?? '',
    asOf: fields.asOf ?? (last ? periodEnd(last) : FALLBACK_AS_OF),
  };
}

function listedAccountIds(table: RawTable, idIndex: number | undefined): Set<string> {
  const ids = new Set<string>();
  if (idIndex === undefined) return ids;
  for (const row of table.rows) {
    const id = parseText(row.cells[idIndex] ?? null);
    if (id !== null) ids.add(id);
  }
  return ids;
}

function readRevenue(context: SheetReaderContext, diagnostics: Diagnostic[]): PeriodTable {
  const read = readPeriodSheetTable(context, REVENUE_SHEET, diagnostics);
  if (read === undefined) return emptyPeriodTable(context.accounts);
  const table = findTable(context.workbook, REVENUE_SHEET.name, REVENUE_SHEET.aliases);
  const where = { file: table?.file ?? context.workbook.source, sheet: table?.sheet ?? 'Revenue' };
  diagnostics.push(...checkRevenue(read.values, read.sheet, where));
  return read.values;
}

/** `no "Accounts" sheet ("Acounts" looks close: did you mean "Accounts"?); sheets found: ...` */
function noAccountsSheetMessage(workbook: RawWorkbook): string {
  const sheets = workbook.tables.map((table) => table.sheet);
  const close = sheets.find((sheet) =>
    suggestName(sheet, [accountsSheet.name, ...(accountsSheet.aliases ?? [])]),
  );
  const hint = close === undefined ? '' : ` ("${close}" looks close: did you mean "Accounts"?)`;
  const found = sheets.map((sheet) => `"${sheet}"`).join(', ') || 'none';
  return `no "Accounts" sheet${hint}; sheets found: ${found}`;
}

export function validateWorkbook(
  input: RawWorkbook,
  options: ValidateOptions = {},
): ValidationResult {
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  diagnostics.push(...checkSheetNames(input), ...checkColumnNames(input));
  // Empty optional sheets count as absent from here on.
  const { workbook, diagnostics: emptySheets } = withoutEmptySheets(input);
  diagnostics.push(...emptySheets);
  const deckTable = findTable(workbook, DECK_SHEET.name, DECK_SHEET.aliases);
  const deck: DeckFieldsResult = deckTable
    ? readDeckFields(deckTable, options.locale ?? 'en-US')
    : { fields: {}, locations: {}, diagnostics: [] };
  diagnostics.push(...deck.diagnostics);
  // A bad Deck value is reported at its cell; a bad override (an option) at the input as a whole.
  const where = (key: 'locale' | 'currency'): Location =>
    options[key] !== undefined
      ? { file: workbook.source }
      : (deck.locations[key] ?? { file: deckTable?.file ?? workbook.source });
  const locale = resolveLocale(options.locale ?? deck.fields.locale, where('locale'), diagnostics);
  const currency = resolveCurrency(
    options.currency ?? deck.fields.currency,
    where('currency'),
    diagnostics,
  );

  const accountsTable = findTable(workbook, accountsSheet.name, accountsSheet.aliases);
  if (accountsTable === undefined) {
    diagnostics.push(errorAt({ file: workbook.source }, noAccountsSheetMessage(workbook)));
    return { diagnostics };
  }
  const { accounts, idColumn, problems } = readAccounts(accountsTable, locale, diagnostics);
  const listedIds = listedAccountIds(accountsTable, idColumn);
  if (accounts.length === 0 && problems === 0) {
    diagnostics.push(
      errorAt(
        { file: accountsTable.file, sheet: accountsTable.sheet },
        'has no accounts; add one row per key account',
      ),
    );
  }

  const sheetContext = { workbook, locale, accounts, accountIds: listedIds, options };
  const revenue = readRevenue(sheetContext, diagnostics);
  const optional = readOptionalSheets(sheetContext, diagnostics);

  if (hasErrors(diagnostics)) return { diagnostics };
  const model: KamModel = {
    source: workbook.source,
    deck: resolveDeckInfo(deck.fields, locale, currency, revenue.periods),
    accounts,
    revenue,
    ...optional,
  };
  return { model, diagnostics };
}
