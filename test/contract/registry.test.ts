/**
 * The input contract against the readers: it names every sheet they read with their own names,
 * aliases and required columns, and its example rows make a complete, valid model.
 */
import { describe, expect, it } from 'vitest';
import { describeAcceptedValues } from '../../src/contract/describe.js';
import {
  findSheetContract,
  INPUT_CONTRACT,
  isInstructionsSheet,
} from '../../src/contract/registry.js';
import { INFLUENCE_SHEET, STAKEHOLDERS_SHEET } from '../../src/slides/org-chart/sheet-spec.js';
import { SALES_SHEET } from '../../src/slides/profit-matrix/sales-spec.js';
import { CRITERIA_SHEET } from '../../src/slides/scoring/sheet-spec.js';
import { CHARTER_SHEET } from '../../src/slides/charter/sheet-spec.js';
import { TEAM_SHEET } from '../../src/slides/team/sheet-spec.js';
import { TIMELINE_SHEET } from '../../src/slides/timeline/sheet-spec.js';
import { accountsSheet } from '../../src/validate/sheets/accounts.js';
import type { SheetSpec } from '../../src/validate/sheet-spec.js';
import { validateWorkbook } from '../../src/validate/validate-workbook.js';
import { contractHeaders, exampleSheets } from '../helpers/contract-fixture.js';
import { rawWorkbook } from '../helpers/workbook.js';

const SHEET_NAMES = [
  'Deck',
  'Accounts',
  'Revenue',
  'MRR',
  'Scoring criteria',
  'Scores',
  'Sales',
  'Profit policies',
  'Stakeholders',
  'Influence',
  'Timeline',
  'Divisions',
  'Team',
  'RACI',
  'Charter',
];

describe('the input contract', () => {
  it('lists every sheet the readers know, in the order init writes them', () => {
    expect(INPUT_CONTRACT.map((sheet) => sheet.name)).toEqual(SHEET_NAMES);
    expect(INPUT_CONTRACT.filter((sheet) => sheet.required).map((sheet) => sheet.name)).toEqual([
      'Accounts',
    ]);
  });

  it.each<[string, SheetSpec<unknown>]>([
    ['Accounts', accountsSheet as SheetSpec<unknown>],
    ['Scoring criteria', CRITERIA_SHEET as SheetSpec<unknown>],
    ['Sales', SALES_SHEET as SheetSpec<unknown>],
    ['Stakeholders', STAKEHOLDERS_SHEET as SheetSpec<unknown>],
    ['Influence', INFLUENCE_SHEET as SheetSpec<unknown>],
    ['Timeline', TIMELINE_SHEET as SheetSpec<unknown>],
    ['Team', TEAM_SHEET as SheetSpec<unknown>],
    ['Charter', CHARTER_SHEET as SheetSpec<unknown>],
  ])('%s takes its headers, aliases and required flags from the reader spec', (name, spec) => {
    const contract = findSheetContract(name);
    expect(contract?.fixedColumns).toBe(true);
    expect(contract?.columns.map((c) => [c.header, c.required, c.aliases.length])).toEqual(
      spec.columns.map((c) => [c.header, c.required === true, c.aliases?.length ?? 0]),
    );
  });

  it('describes every column and field, and says what each accepts', () => {
    for (const sheet of INPUT_CONTRACT) {
      expect(sheet.purpose, sheet.name).not.toBe('');
      expect(sheet.feeds.length, sheet.name).toBeGreaterThan(0);
      for (const column of [...sheet.columns, ...(sheet.fields ?? [])]) {
        expect(column.description, `${sheet.name}: ${JSON.stringify(column)}`).not.toBe('');
        expect(describeAcceptedValues(column)).not.toBe('');
      }
    }
    const dimension = findSheetContract('Scoring criteria')?.columns[1];
    expect(dimension && describeAcceptedValues(dimension)).toBe('one of Growth, Harmony');
    const weight = findSheetContract('Scoring criteria')?.columns[2];
    expect(weight && describeAcceptedValues(weight)).toBe(
      'a percentage (15%, 0.15 or 15), from 0% to 100%',
    );
  });

  it('writes example cells only under headers the sheet has (no typo in an example)', () => {
    for (const sheet of INPUT_CONTRACT) {
      const headers = new Set(contractHeaders(sheet));
      for (const row of sheet.examples)
        for (const key of Object.keys(row)) expect(headers, `${sheet.name}: ${key}`).toContain(key);
    }
  });

  it('has examples that validate into every part of the model, without a warning', () => {
    const result = validateWorkbook(rawWorkbook(exampleSheets()));
    expect(result.diagnostics).toEqual([]);
    const model = result.model;
    expect(model?.accounts.map((account) => account.id)).toEqual(['EX-001', 'EX-002', 'EX-003']);
    expect(model?.accounts.every((account) => account.name.startsWith('Example '))).toBe(true);
    expect(model?.revenue.periods).toHaveLength(3);
    expect(model?.mrr?.periods).toHaveLength(3);
    expect(model?.scoring?.accounts).toHaveLength(3);
    expect(model?.sales?.policies?.grid.A).toHaveLength(4);
    expect(model?.stakeholders?.influences).toHaveLength(2);
    expect(model?.timeline?.tasks).toHaveLength(3);
    expect(model?.divisions?.offerings).toEqual(['Cloud Platform', 'Analytics', 'Support']);
    expect(model?.team?.team?.members).toHaveLength(3);
    expect(model?.team?.raci?.activities).toHaveLength(3);
    expect(model?.charter?.sections.map((section) => section.title)).toEqual([
      'Purpose',
      'Objectives',
      'Scope',
    ]);
  });

  it('finds sheets by name or alias, and knows the Instructions sheet', () => {
    expect(findSheetContract('key_accounts')?.name).toBe('Accounts');
    expect(findSheetContract('RACI matrix')?.name).toBe('RACI');
    expect(findSheetContract('Scratch')).toBeUndefined();
    expect(isInstructionsSheet('Read me')).toBe(true);
  });
});
