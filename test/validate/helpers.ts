/** Validation-test helpers: run validateWorkbook on fixture sheets and read its messages. */
import { expect } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import type { KamModel } from '../../src/model/model.js';
import { validateWorkbook, type ValidateOptions } from '../../src/validate/validate-workbook.js';
import { rawWorkbook, type FixtureSheet } from '../helpers/workbook.js';

export const ACCOUNTS: FixtureSheet = {
  name: 'Accounts',
  rows: [
    ['Account ID', 'Account'],
    ['A1', 'Alpha'],
    ['A2', 'Beta'],
  ],
};

export function revenue(rows: FixtureSheet['rows'], name = 'Revenue'): FixtureSheet {
  return { name, rows };
}

export function validate(sheets: readonly FixtureSheet[], options: ValidateOptions = {}) {
  const result = validateWorkbook(rawWorkbook(sheets, 'kam.xlsx'), options);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
  return { ...result, errors, warnings };
}

/** The model of input that must be valid; fails the test with the errors otherwise. */
export function validModel(
  sheets: readonly FixtureSheet[],
  options: ValidateOptions = {},
): KamModel {
  const result = validate(sheets, options);
  expect(result.errors).toEqual([]);
  if (result.model === undefined) throw new Error('no model');
  return result.model;
}

/** The errors of input that must be invalid; asserts that no model came back. */
export function errorsOf(sheets: readonly FixtureSheet[], options: ValidateOptions = {}): string[] {
  const result = validate(sheets, options);
  expect(result.model).toBeUndefined();
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}
