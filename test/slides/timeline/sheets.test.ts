import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/errors.js';
import type { CellValue } from '../../../src/load/raw-table.js';
import { readTimelineSheet } from '../../../src/slides/timeline/sheets.js';
import type { SheetReaderContext } from '../../../src/validate/sheet-context.js';
import { rawWorkbook, type FixtureCell } from '../../helpers/workbook.js';
import { day } from './fixtures.js';

const HEADER = ['Workstream', 'Task', 'Start', 'End', 'Owner', 'Status', 'Milestone', 'Account ID'];

function read(rows: FixtureCell[][], header: CellValue[] = HEADER, sheet = 'Timeline') {
  const workbook = rawWorkbook([{ name: sheet, rows: [header, ...rows] }]);
  const context: SheetReaderContext = {
    workbook,
    locale: 'en-US',
    accounts: [{ id: 'KA-1', name: 'Northwind Health' }],
    accountIds: new Set(['KA-1']),
    options: {},
  };
  const diagnostics: Diagnostic[] = [];
  const data = readTimelineSheet(context, diagnostics);
  return { data, diagnostics };
}

/** Where a problem was found, as `sheet!cell (header)`, with the message. */
const located = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({
    severity: d.severity,
    at: `${d.location?.sheet}!${d.location?.column ?? ''}${d.location?.row ?? ''}`,
    header: d.location?.header,
    message: d.message,
  }));

const VALID: FixtureCell[] = [
  'Integration',
  'ADT interface',
  day('2026-07-13'),
  day('2026-09-18'),
  'Ben',
  'In progress',
  'no',
  'KA-1',
];

describe('readTimelineSheet', () => {
  it('is absent without a Timeline sheet', () => {
    expect(read([VALID], HEADER, 'Other').data).toBeUndefined();
  });

  it('reads valid rows into typed tasks', () => {
    const { data, diagnostics } = read([
      VALID,
      ['Discovery', 'Sign-off', '2026-07-17', null, null, 'done', 'yes', null],
      ['Discovery', 'Kick-off', '07/01/2026', '07/01/2026', null, 'Not started', null, null],
    ]);
    expect(diagnostics).toEqual([]);
    expect(data?.sheet).toBe('Timeline');
    expect(data?.tasks).toEqual([
      {
        workstream: 'Integration',
        task: 'ADT interface',
        start: day('2026-07-13'),
        end: day('2026-09-18'),
        owner: 'Ben',
        status: 'In progress',
        milestone: false,
        accountId: 'KA-1',
        row: 2,
      },
      // A milestone with End blank sits at its Start date; "done" is read as Done.
      {
        workstream: 'Discovery',
        task: 'Sign-off',
        start: day('2026-07-17'),
        end: day('2026-07-17'),
        status: 'Done',
        milestone: true,
        row: 3,
      },
      // en-US reads 07/01/2026 as July 1; "Not started" is Planned.
      {
        workstream: 'Discovery',
        task: 'Kick-off',
        start: day('2026-07-01'),
        end: day('2026-07-01'),
        status: 'Planned',
        milestone: false,
        row: 4,
      },
    ]);
  });

  it('accepts header aliases and a sheet alias', () => {
    const header = [
      'Stream',
      'Activity',
      'Start date',
      'Due date',
      'Assignee',
      'State',
      'Key date',
      'Customer ID',
    ];
    const { data, diagnostics } = read([VALID], header, 'Gantt');
    expect(diagnostics).toEqual([]);
    expect(data?.tasks[0]?.owner).toBe('Ben');
  });

  it.each<[string, number, FixtureCell, string, string, string]>([
    [
      'end before start',
      3,
      day('2026-07-01'),
      'D2',
      'End',
      '2026-07-01 is before the start 2026-07-13; expected an end on or after the start',
    ],
    [
      'an unknown status',
      5,
      'Blocked',
      'F2',
      'Status',
      '"Blocked" is not one of Planned, In progress, Done, Late',
    ],
    [
      'an empty status',
      5,
      null,
      'F2',
      'Status',
      'is empty; a status (one of Planned, In progress, Done, Late) is required',
    ],
    [
      'a date that is not a date',
      2,
      '31/13/2026',
      'C2',
      'Start',
      '"31/13/2026" is not a date (YYYY-MM-DD or MM/DD/YYYY)',
    ],
    [
      'an empty end on a task',
      3,
      null,
      'D2',
      'End',
      'is empty; an end date is required (or set Milestone to yes)',
    ],
    ['an empty start on a task', 2, null, 'C2', 'Start', 'is empty; a start date is required'],
    ['an empty task name', 1, null, 'B2', 'Task', 'is empty; a task name is required'],
    [
      'a milestone flag that is not yes/no',
      6,
      'maybe',
      'G2',
      'Milestone',
      '"maybe" is not yes or no',
    ],
    [
      'an unknown account',
      7,
      'KA-9',
      'H2',
      'Account ID',
      'account "KA-9" is not in the Accounts sheet; add it there or leave Account ID empty',
    ],
  ])('reports %s at the cell', (_, column, value, at, header, message) => {
    const row = [...VALID];
    row[column] = value;
    const { data, diagnostics } = read([row]);
    expect(located(diagnostics)).toEqual([
      { severity: 'error', at: `Timeline!${at}`, header, message },
    ]);
    expect(data?.tasks).toEqual([]);
  });

  it('reports a milestone without any date at Start', () => {
    const { diagnostics } = read([
      ['Rollout', 'Go-live', null, null, null, 'Planned', 'yes', null],
    ]);
    expect(located(diagnostics)).toEqual([
      {
        severity: 'error',
        at: 'Timeline!C2',
        header: 'Start',
        message: 'is empty; a milestone needs a date in Start',
      },
    ]);
  });

  it('warns when a milestone has two different dates and shows it at End', () => {
    const { data, diagnostics } = read([
      ['Rollout', 'Go-live', day('2026-11-02'), day('2026-11-16'), null, 'Planned', 'yes', null],
    ]);
    expect(located(diagnostics)).toEqual([
      {
        severity: 'warning',
        at: 'Timeline!D2',
        header: 'End',
        message:
          'milestone has Start 2026-11-02 and End 2026-11-16; a milestone is one date, shown at End 2026-11-16',
      },
    ]);
    expect(data?.tasks[0]?.start).toEqual(day('2026-11-16'));
  });

  it('warns about a task lasting more than three years (a year typo)', () => {
    const { data, diagnostics } = read([
      ['Rollout', 'Training', day('2026-01-05'), day('2062-01-05'), null, 'Planned', null, null],
    ]);
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      location: { column: 'D', row: 2 },
    });
    expect(diagnostics[0]?.message).toMatch(
      /^the task lasts 13150 days \(2026-01-05 to 2062-01-05\); check the years$/,
    );
    expect(data?.tasks).toHaveLength(1);
  });

  it('warns about the same task twice in a workstream, keeping both', () => {
    const { data, diagnostics } = read([VALID, VALID]);
    expect(located(diagnostics)).toEqual([
      {
        severity: 'warning',
        at: 'Timeline!B3',
        header: 'Task',
        message:
          'task "ADT interface" in workstream "Integration" appears again (first in row 2); both are shown',
      },
    ]);
    expect(data?.tasks).toHaveLength(2);
  });

  it('reports a missing required column at the header row', () => {
    const header = HEADER.filter((h) => h !== 'Status');
    const { diagnostics } = read([VALID.slice(0, 5)], header);
    expect(diagnostics[0]?.severity).toBe('error');
    expect(diagnostics[0]?.location).toEqual({ file: 'test.xlsx', sheet: 'Timeline', row: 1 });
    expect(diagnostics[0]?.message).toMatch(/^no "Status" column/);
  });

  it('collects every problem of a sheet, not just the first', () => {
    const bad1 = [...VALID];
    bad1[5] = 'Blocked';
    const bad2 = [...VALID];
    bad2[3] = day('2026-01-01');
    expect(read([bad1, VALID, bad2]).diagnostics.map((d) => d.location?.row)).toEqual([2, 4]);
  });
});
