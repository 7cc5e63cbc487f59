/**
 * Reading the Timeline sheet: row values by the sheet spec, then the checks that need several cells
 * (dates of tasks and milestones, end before start) or other sheets (Account ID must be an account).
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { TimelineData, TimelineTask } from '../../model/timeline.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, validateTable, type LocatedRow } from '../../validate/table.js';
import { TIMELINE_SHEET, type TimelineRow } from './sheet-spec.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A task longer than this is probably a typo in a year (2062 for 2026): usable, but worth a look. */
export const SUSPICIOUS_SPAN_DAYS = 3 * 366;

const iso = (date: Date): string => date.toISOString().slice(0, 10);

type Dates = { start: Date; end: Date };

/** A milestone is one date: Start, or End when Start is empty; Start ≠ End is shown at End. */
function milestoneDates(
  row: LocatedRow<TimelineRow>,
  diagnostics: Diagnostic[],
): Dates | undefined {
  const { start, end } = row.value;
  const date = end ?? start;
  if (date === undefined) {
    diagnostics.push(errorAt(row.cell('start'), 'is empty; a milestone needs a date in Start'));
    return undefined;
  }
  if (start !== undefined && end !== undefined && start.getTime() !== end.getTime()) {
    diagnostics.push(
      warningAt(
        row.cell('end'),
        `milestone has Start ${iso(start)} and End ${iso(end)}; a milestone is one date, shown at End ${iso(end)}`,
      ),
    );
  }
  return { start: date, end: date };
}

function taskDates(row: LocatedRow<TimelineRow>, diagnostics: Diagnostic[]): Dates | undefined {
  const { start, end } = row.value;
  if (start === undefined)
    diagnostics.push(errorAt(row.cell('start'), 'is empty; a start date is required'));
  if (end === undefined) {
    diagnostics.push(
      errorAt(row.cell('end'), 'is empty; an end date is required (or set Milestone to yes)'),
    );
  }
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    diagnostics.push(
      errorAt(
        row.cell('end'),
        `${iso(end)} is before the start ${iso(start)}; expected an end on or after the start`,
      ),
    );
    return undefined;
  }
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
  if (days > SUSPICIOUS_SPAN_DAYS) {
    diagnostics.push(
      warningAt(
        row.cell('end'),
        `the task lasts ${days} days (${iso(start)} to ${iso(end)}); check the years`,
      ),
    );
  }
  return { start, end };
}

function checkAccount(
  row: LocatedRow<TimelineRow>,
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): boolean {
  const id = row.value.accountId;
  if (id === undefined || context.accountIds.has(id)) return true;
  diagnostics.push(
    errorAt(
      row.cell('accountId'),
      `account "${id}" is not in the Accounts sheet; add it there or leave Account ID empty`,
    ),
  );
  return false;
}

function toTask(row: LocatedRow<TimelineRow>, dates: Dates): TimelineTask {
  const { workstream, task, owner, status, milestone, accountId } = row.value;
  return {
    workstream,
    task,
    ...dates,
    ...(owner === undefined ? {} : { owner }),
    status,
    milestone: milestone === true,
    ...(accountId === undefined ? {} : { accountId }),
    row: row.location.row ?? 0,
  };
}

/** The same task twice in a workstream is usually a copy-paste slip; both are kept. */
function warnDuplicates(rows: readonly LocatedRow<TimelineRow>[], diagnostics: Diagnostic[]) {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const { workstream, task, accountId } = row.value;
    const key = JSON.stringify([workstream.toLowerCase(), task.toLowerCase(), accountId ?? '']);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.location.row ?? 0);
    else {
      diagnostics.push(
        warningAt(
          row.cell('task'),
          `task "${task}" in workstream "${workstream}" appears again (first in row ${first}); both are shown`,
        ),
      );
    }
  }
}

export function readTimelineSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): TimelineData | undefined {
  const table = findTable(context.workbook, TIMELINE_SHEET.name, TIMELINE_SHEET.aliases);
  if (table === undefined) return undefined;
  const result = validateTable(table, TIMELINE_SHEET, context.locale);
  diagnostics.push(...result.diagnostics);
  const tasks: TimelineTask[] = [];
  const accepted: LocatedRow<TimelineRow>[] = [];
  for (const row of result.rows) {
    const dates =
      row.value.milestone === true ? milestoneDates(row, diagnostics) : taskDates(row, diagnostics);
    const knownAccount = checkAccount(row, context, diagnostics);
    if (dates === undefined || !knownAccount) continue;
    tasks.push(toTask(row, dates));
    accepted.push(row);
  }
  warnDuplicates(accepted, diagnostics);
  return { sheet: table.sheet, tasks };
}
