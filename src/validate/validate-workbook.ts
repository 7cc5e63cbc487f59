/**
 * validateWorkbook: raw tables → the typed model, collecting every problem rather than stopping at
 * the first. Returns diagnostics as values; the pipeline decides whether to throw.
 */
import { errorAt, hasErrors, warningAt, type Diagnostic } from '../errors.js';
import type { RawTable, RawWorkbook } from '../load/raw-table.js';
import { parseText } from './parse-cell.js';
import type { Account, DeckInfo, KamModel, Period, PeriodTable } from '../model/model.js';
import { resolveCurrency, resolveLocale } from './locale.js';
import { DECK_SHEET, readDeckFields, type DeckFields } from './sheets/deck.js';
import { accountsSheet } from './sheets/accounts.js';
import { readPeriodSheet, REVENUE_SHEET, type PeriodSheetResult } from './sheets/revenue.js';
import { findTable, validateTable, type LocatedRow } from './table.js';

export interface ValidateOptions {
  /** Overrides the Deck sheet's Locale. */
  locale?: string;
  /** Overrides the Deck sheet's Currency. */
  currency?: string;
}

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

function uniqueAccounts(rows: LocatedRow<Account>[], diagnostics: Diagnostic[]): Account[] {
  const firstRow = new Map<string, number | undefined>();
  const accounts: Account[] = [];
  for (const row of rows) {
    const { id } = row.value;
    if (firstRow.has(id)) {
      diagnostics.push(
        errorAt(
          row.cell('id'),
          `account ID "${id}" is used again (first in row ${firstRow.get(id)}); IDs must be unique`,
        ),
      );
      continue;
    }
    firstRow.set(id, row.location.row);
    accounts.push(row.value);
  }
  return accounts;
}

/**
 * Aligns sheet cells to the accounts: unknown accounts are errors, missing ones get zeros.
 * `listedIds` holds every ID written in the Accounts sheet, even on rows with other errors, so one
 * bad Accounts row does not also make its revenue row an "unknown account".
 */
function buildPeriodTable(
  sheet: PeriodSheetResult,
  accounts: Account[],
  listedIds: ReadonlySet<string>,
  what: string,
  diagnostics: Diagnostic[],
): PeriodTable {
  for (const [accountId, location] of sheet.accountRows) {
    if (!listedIds.has(accountId)) {
      diagnostics.push(
        errorAt(
          location,
          `account "${accountId}" is not in the Accounts sheet; add it there or remove this ${what} row`,
        ),
      );
    }
  }
  const periodIndex = new Map(sheet.periods.map((period, index) => [period.label, index]));
  const values: Record<string, number[]> = {};
  for (const account of accounts) values[account.id] = sheet.periods.map(() => 0);
  for (const cell of sheet.cells) {
    const row = values[cell.accountId];
    const index = periodIndex.get(cell.period.label);
    if (row !== undefined && index !== undefined) row[index] = cell.value;
  }
  return { periods: sheet.periods, values };
}

function warnAccountsWithoutRows(
  sheet: PeriodSheetResult,
  accounts: Account[],
  sheetName: string,
  diagnostics: Diagnostic[],
  file: string,
) {
  const missing = accounts.filter((account) => !sheet.accountRows.has(account.id));
  if (missing.length === 0 || sheet.accountRows.size === 0) return;
  const names = missing
    .slice(0, 5)
    .map((account) => account.id)
    .join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  diagnostics.push(
    warningAt(
      { file, sheet: sheetName },
      `${missing.length} account(s) have no row and count as 0: ${names}${more}`,
    ),
  );
}

function listedAccountIds(table: RawTable, idIndex: number | undefined): Set<string> {
  if (idIndex === undefined) return new Set();
  return new Set(
    table.rows
      .map((row) => parseText(row.cells[idIndex] ?? null))
      .filter((id): id is string => id !== null),
  );
}

export function validateWorkbook(
  workbook: RawWorkbook,
  options: ValidateOptions = {},
): ValidationResult {
  const diagnostics: Diagnostic[] = [...workbook.diagnostics];
  const deckTable = findTable(workbook, DECK_SHEET.name, DECK_SHEET.aliases);
  const deck = deckTable
    ? readDeckFields(deckTable, options.locale ?? 'en-US')
    : { fields: {}, diagnostics: [] };
  diagnostics.push(...deck.diagnostics);
  const deckFile = deckTable?.file ?? workbook.source;
  const locale = resolveLocale(
    options.locale ?? deck.fields.locale,
    { file: deckFile, sheet: DECK_SHEET.name },
    diagnostics,
  );
  const currency = resolveCurrency(
    options.currency ?? deck.fields.currency,
    { file: deckFile, sheet: DECK_SHEET.name },
    diagnostics,
  );

  const accountsTable = findTable(workbook, accountsSheet.name, accountsSheet.aliases);
  if (accountsTable === undefined) {
    const found = workbook.tables.map((table) => `"${table.sheet}"`).join(', ') || 'none';
    diagnostics.push(
      errorAt({ file: workbook.source }, `no "Accounts" sheet; sheets found: ${found}`),
    );
    return { diagnostics };
  }
  const accountRows = validateTable(accountsTable, accountsSheet, locale);
  const listedIds = listedAccountIds(accountsTable, accountRows.columnIndex.get('id'));
  diagnostics.push(...accountRows.diagnostics);
  const accounts = uniqueAccounts(accountRows.rows, diagnostics);
  if (accounts.length === 0 && accountRows.diagnostics.length === 0) {
    diagnostics.push(
      errorAt(
        { file: accountsTable.file, sheet: accountsTable.sheet },
        'has no accounts; add one row per key account',
      ),
    );
  }

  const revenueTable = findTable(workbook, REVENUE_SHEET.name, REVENUE_SHEET.aliases);
  let revenue: PeriodTable = {
    periods: [],
    values: Object.fromEntries(accounts.map((a) => [a.id, []])),
  };
  if (revenueTable !== undefined) {
    const sheet = readPeriodSheet(revenueTable, REVENUE_SHEET, locale);
    diagnostics.push(...sheet.diagnostics);
    revenue = buildPeriodTable(sheet, accounts, listedIds, REVENUE_SHEET.what, diagnostics);
    warnAccountsWithoutRows(sheet, accounts, revenueTable.sheet, diagnostics, revenueTable.file);
  }

  if (hasErrors(diagnostics)) return { diagnostics };
  const model: KamModel = {
    source: workbook.source,
    deck: resolveDeckInfo(deck.fields, locale, currency, revenue.periods),
    accounts,
    revenue,
  };
  return { model, diagnostics };
}
