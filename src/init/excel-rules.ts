/**
 * What Excel is told about a contract column: its number format and its data validation (a
 * drop-down for listed values, bounds for numbers). Validation mirrors the reader: lists the
 * reader also reads synonyms for only warn, closed lists refuse other values.
 */
import type ExcelJS from 'exceljs';
import { describeAcceptedValues } from '../contract/describe.js';
import type { AcceptedValues, CellFormat, NumberRange } from '../contract/types.js';

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: '@',
  integer: '0',
  number: undefined,
  money: '#,##0',
  percent: '0%',
  date: 'yyyy-mm-dd',
  yesNo: undefined,
};

export function numberFormat(format: CellFormat): string | undefined {
  return NUMBER_FORMATS[format];
}

export interface RuleSource {
  header: string;
  format: CellFormat;
  accepted?: AcceptedValues | undefined;
  range?: NumberRange | undefined;
}

/** Excel limits a list typed into the rule to 255 characters. */
const MAX_LIST_CHARS = 255;

function listRule(source: RuleSource, accepted: AcceptedValues): ExcelJS.DataValidation {
  const list = accepted.values.join(',');
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list.slice(0, MAX_LIST_CHARS)}"`],
    showErrorMessage: true,
    errorStyle: accepted.strict ? 'stop' : 'warning',
    errorTitle: source.header,
    error: `kamdeck expects ${describeAcceptedValues(source)}.`,
  };
}

function rangeRule(source: RuleSource, range: NumberRange): ExcelJS.DataValidation | undefined {
  const { min, max } = range;
  if (min === undefined && max === undefined) return undefined;
  const base = {
    type: range.whole === true ? ('whole' as const) : ('decimal' as const),
    allowBlank: true,
    showErrorMessage: true,
    // Warn only: numbers typed as text ("1.234,50") are valid for kamdeck but not for Excel's rule.
    errorStyle: 'warning',
    errorTitle: source.header,
    error: `kamdeck expects ${describeAcceptedValues(source)}.`,
  };
  if (min !== undefined && max !== undefined)
    return { ...base, operator: 'between', formulae: [min, max] };
  if (min !== undefined) return { ...base, operator: 'greaterThanOrEqual', formulae: [min] };
  return { ...base, operator: 'lessThanOrEqual', formulae: [max] };
}

/** The data validation for a column, or undefined when anything goes. */
export function validationRule(source: RuleSource): ExcelJS.DataValidation | undefined {
  if (source.accepted !== undefined) return listRule(source, source.accepted);
  if (source.range !== undefined) return rangeRule(source, source.range);
  return undefined;
}
