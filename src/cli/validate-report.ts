/**
 * How `kamdeck validate` shows its findings: grouped by sheet, errors apart from warnings, as an
 * aligned table for people or as JSON for CI and other tools.
 */
import { basename } from 'node:path';
import { formatCellRef, type Diagnostic, type Location } from '../errors.js';
import type { InputReport } from '../validate-input.js';

export interface SheetGroup {
  /** null for problems with the file as a whole. */
  sheet: string | null;
  file: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Groups in the order their sheets first appear; file-level problems first. */
export function groupBySheet(diagnostics: readonly Diagnostic[], input: string): SheetGroup[] {
  const groups = new Map<string, SheetGroup>();
  const ordered = [...diagnostics].sort(
    (a, b) => Number(a.location?.sheet !== undefined) - Number(b.location?.sheet !== undefined),
  );
  for (const diagnostic of ordered) {
    const sheet = diagnostic.location?.sheet ?? null;
    const file = diagnostic.location?.file ?? input;
    const key = `${file}\u0000${sheet ?? ''}`;
    const group = groups.get(key) ?? { sheet, file, errors: [], warnings: [] };
    (diagnostic.severity === 'error' ? group.errors : group.warnings).push(diagnostic);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function isLetterColumn(column: string | undefined): boolean {
  return column !== undefined && /^[A-Z]{1,3}$/.test(column);
}

/** "D14", "row 3", or "" for the sheet as a whole. */
function cellLabel(location: Location | undefined): string {
  if (location?.row === undefined) return '';
  return isLetterColumn(location.column)
    ? `${location.column}${location.row}`
    : `row ${location.row}`;
}

/** The header the user wrote, or the JSON property that stands for it. */
function headerLabel(location: Location | undefined): string {
  const header =
    location?.header ?? (isLetterColumn(location?.column) ? undefined : location?.column);
  return header === undefined || header === '' ? '' : header;
}

const MAX_HEADER = 24;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function groupTitle(group: SheetGroup, input: string): string {
  const title = group.sheet ?? basename(group.file);
  return group.file !== input && group.sheet !== null
    ? `${title} (${basename(group.file)})`
    : title;
}

function section(
  title: string,
  groups: readonly SheetGroup[],
  pick: (group: SheetGroup) => Diagnostic[],
  input: string,
): string[] {
  const listed = groups.flatMap(pick);
  if (listed.length === 0) return [];
  const cellWidth = Math.max(...listed.map((d) => cellLabel(d.location).length));
  const headerWidth = Math.min(
    MAX_HEADER,
    Math.max(...listed.map((d) => headerLabel(d.location).length)),
  );
  const line = (d: Diagnostic): string => {
    const parts = [];
    if (cellWidth > 0) parts.push(cellLabel(d.location).padEnd(cellWidth));
    if (headerWidth > 0) parts.push(clip(headerLabel(d.location), headerWidth).padEnd(headerWidth));
    return `    ${[...parts, d.message].join('  ')}`;
  };
  const lines = ['', `${title} (${listed.length})`];
  for (const group of groups) {
    if (pick(group).length === 0) continue;
    lines.push(`  ${groupTitle(group, input)}`, ...pick(group).map(line));
  }
  return lines;
}

export function formatReportText(report: InputReport): string[] {
  const groups = groupBySheet(report.diagnostics, report.input);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const lines = [`${report.input}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`];
  lines.push(...section('Errors', groups, (g) => g.errors, report.input));
  lines.push(...section('Warnings', groups, (g) => g.warnings, report.input));
  lines.push('');
  lines.push(
    report.valid
      ? `${report.input} is valid${warnings > 0 ? '; the warnings do not stop a build' : ''}. Next: kamdeck build ${report.input}`
      : `${report.input} is not valid: fix the ${plural(errors, 'error')} above, then run kamdeck validate again.`,
  );
  return lines;
}

interface JsonProblem {
  cell: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  message: string;
}

function jsonProblem(d: Diagnostic): JsonProblem {
  const location = d.location;
  const cell = location === undefined ? '' : formatCellRef(location);
  return {
    cell: cell === '' ? null : cell,
    row: location?.row ?? null,
    column: location?.column ?? null,
    header: location?.header ?? null,
    message: d.message,
  };
}

/** The report as one JSON document (stable keys, for CI and other tools). */
export function formatReportJson(report: InputReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const document = {
    input: report.input,
    valid: report.valid,
    errors,
    warnings: report.diagnostics.length - errors,
    sheets: groupBySheet(report.diagnostics, report.input).map((group) => ({
      sheet: group.sheet,
      file: group.file,
      errors: group.errors.map(jsonProblem),
      warnings: group.warnings.map(jsonProblem),
    })),
  };
  return JSON.stringify(document, null, 2);
}
