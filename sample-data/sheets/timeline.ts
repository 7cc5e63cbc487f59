/**
 * Timeline sample: the EHR Cloud rollout at Consolidated Metropolitan University Hospitals Group
 * (onboarding "In progress" in the Accounts sheet), four workstreams around the 2026-09-30 review.
 * Two tasks are overdue (end before the as-of date, not done), one more is marked Late, and one
 * long task name shows how names are shortened on the slide and given in full in the notes.
 */
import type { SampleBase, SampleCell, SampleSheet } from './sample-sheet.js';

const ACCOUNT = 'Consolidated Metropolitan University Hospitals Group';

type Status = 'Planned' | 'In progress' | 'Done' | 'Late';
/** [workstream, task, start, end (null for a milestone's single date), owner, status, milestone] */
type TaskLine = [string, string, string, string | null, string, Status, boolean];

// prettier-ignore
const TASKS: readonly TaskLine[] = [
  ['Discovery', 'Current-state workflow assessment', '2026-06-01', '2026-06-26', 'Arjun Mehta', 'Done', false],
  ['Discovery', 'Target operating model workshops', '2026-06-15', '2026-07-10', 'Sofia Lindqvist', 'Done', false],
  ['Discovery', 'Discovery sign-off', '2026-07-17', null, 'Dana Whitfield', 'Done', true],
  ['Integration', 'ADT and scheduling interfaces (HL7 v2)', '2026-07-13', '2026-09-18', 'Ben Adeyemi', 'In progress', false],
  ['Integration', 'Lab results interface (ORU)', '2026-08-03', '2026-10-16', 'Ben Adeyemi', 'Late', false],
  ['Integration', 'Data migration: 12 years of patient records', '2026-08-17', '2026-10-30', 'Hannah Kowalski', 'In progress', false],
  ['Integration', 'Integration test complete', '2026-11-06', null, 'Ben Adeyemi', 'Planned', true],
  ['Clinical rollout', 'Clinical documentation templates and order sets harmonised across all acute sites', '2026-08-24', '2026-10-23', 'Sofia Lindqvist', 'In progress', false],
  ['Clinical rollout', 'Dress rehearsal, Acute Care', '2026-11-02', '2026-11-06', 'Arjun Mehta', 'Planned', false],
  ['Clinical rollout', 'Go-live Acute Care', '2026-11-16', null, 'Dana Whitfield', 'Planned', true],
  ['Clinical rollout', 'Ambulatory clinics wave', '2026-11-30', '2027-01-15', 'Arjun Mehta', 'Planned', false],
  ['Clinical rollout', 'Go-live Ambulatory', '2027-01-18', null, 'Dana Whitfield', 'Planned', true],
  ['Change management', 'Stakeholder and communication plan', '2026-06-22', '2026-07-31', 'Priya Nair', 'Done', false],
  ['Change management', 'Super-user training, wave 1', '2026-08-31', '2026-09-25', 'Priya Nair', 'In progress', false],
  ['Change management', 'End-user training, Acute Care', '2026-10-05', '2026-11-13', 'Priya Nair', 'Planned', false],
  ['Change management', 'Hypercare and adoption review', '2026-11-16', '2027-02-26', 'Hannah Kowalski', 'Planned', false],
];

function day(iso: string): Date {
  const [year = 2026, month = 1, date = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

function timelineRows(base: SampleBase): Record<string, SampleCell>[] {
  const accountId = base.accounts.find((account) => account.Account === ACCOUNT)?.['Account ID'];
  return TASKS.map(([workstream, task, start, end, owner, status, milestone]) => ({
    Workstream: workstream,
    Task: task,
    Start: day(start),
    End: end === null ? null : day(end),
    Owner: owner,
    Status: status,
    Milestone: milestone ? 'yes' : 'no',
    'Account ID': accountId ?? null,
  }));
}

export const timelineSheets: SampleSheet[] = [
  {
    name: 'Timeline',
    columns: [
      { header: 'Workstream', width: 18 },
      { header: 'Task', width: 44 },
      { header: 'Start', width: 12, numFmt: 'yyyy-mm-dd' },
      { header: 'End', width: 12, numFmt: 'yyyy-mm-dd' },
      { header: 'Owner', width: 18 },
      { header: 'Status', width: 12 },
      { header: 'Milestone', width: 10 },
      { header: 'Account ID', width: 11 },
    ],
    rows: timelineRows,
    frozenColumns: 2,
  },
];
