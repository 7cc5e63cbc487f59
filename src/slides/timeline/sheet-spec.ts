/**
 * The Timeline sheet's input contract: one row per task or milestone. Workstream, Task, Start, End
 * and Status are required (End may be empty on a milestone); Owner, Milestone and Account ID are
 * optional. Statuses accept a few common synonyms ("Not started" → Planned, "Completed" → Done).
 */
import { z } from 'zod';
import { describeValue } from '../../errors.js';
import type { CellValue } from '../../load/raw-table.js';
import { TASK_STATUSES, type TaskStatus } from '../../model/timeline.js';
import { booleanCell, dateCell, required, textCell } from '../../validate/cells.js';
import { normaliseName } from '../../validate/names.js';
import { parseText } from '../../validate/parse-cell.js';
import type { SheetSpec } from '../../validate/sheet-spec.js';
import { ACCOUNT_ID_COLUMN } from '../../validate/sheets/accounts.js';

export interface TimelineRow {
  workstream: string;
  task: string;
  start?: Date | undefined;
  end?: Date | undefined;
  owner?: string | undefined;
  status: TaskStatus;
  milestone?: boolean | undefined;
  accountId?: string | undefined;
}

/** Words people write for each status, compared after `normaliseName` (case, spaces, dashes). */
const STATUS_SYNONYMS: Record<TaskStatus, readonly string[]> = {
  Planned: ['planned', 'not started', 'to do', 'todo', 'scheduled', 'open', 'pianificato'],
  'In progress': ['in progress', 'ongoing', 'started', 'wip', 'in corso'],
  Done: ['done', 'complete', 'completed', 'finished', 'closed', 'completato'],
  Late: ['late', 'overdue', 'delayed', 'behind', 'in ritardo'],
};

export const STATUS_EXPECTED = `one of ${TASK_STATUSES.join(', ')}`;

export function parseTaskStatus(value: CellValue): TaskStatus | undefined {
  const text = parseText(value);
  if (text === null) return undefined;
  const wanted = normaliseName(text);
  return TASK_STATUSES.find((status) =>
    STATUS_SYNONYMS[status].some((word) => normaliseName(word) === wanted),
  );
}

const statusCell = () =>
  z.unknown().transform((raw, ctx): TaskStatus => {
    const cell = raw as CellValue;
    if (parseText(cell) === null) {
      ctx.addIssue({
        code: 'custom',
        message: `is empty; a status (${STATUS_EXPECTED}) is required`,
      });
      return z.NEVER;
    }
    const status = parseTaskStatus(cell);
    if (status === undefined) {
      ctx.addIssue({ code: 'custom', message: `${describeValue(raw)} is not ${STATUS_EXPECTED}` });
      return z.NEVER;
    }
    return status;
  });

export const TIMELINE_SHEET: SheetSpec<TimelineRow> = {
  name: 'Timeline',
  aliases: ['Rollout', 'Rollout timeline', 'Gantt', 'Project plan', 'Roadmap'],
  columns: [
    {
      key: 'workstream',
      header: 'Workstream',
      aliases: ['Work stream', 'Stream', 'Track', 'Phase', 'Area'],
      required: true,
      description: 'Group of tasks; rows are grouped by it in order of first appearance.',
    },
    {
      key: 'task',
      header: 'Task',
      aliases: ['Activity', 'Task name', 'Deliverable', 'Item', 'Attività'],
      required: true,
      description: 'What is done; long names are shortened on the slide, in full in the notes.',
    },
    {
      key: 'start',
      header: 'Start',
      aliases: ['Start date', 'Begin', 'From', 'Inizio'],
      required: true,
      description: 'First day of the task (or the date of a milestone).',
    },
    {
      key: 'end',
      header: 'End',
      aliases: ['End date', 'Finish', 'Due', 'Due date', 'To', 'Fine'],
      required: true,
      description: 'Last day of the task, on or after Start; may be empty for a milestone.',
    },
    { key: 'owner', header: 'Owner', aliases: ['Responsible', 'Assignee', 'Lead', 'Who'] },
    {
      key: 'status',
      header: 'Status',
      aliases: ['State', 'Task status', 'Stato'],
      required: true,
      description: 'Planned, In progress, Done or Late.',
    },
    {
      key: 'milestone',
      header: 'Milestone',
      aliases: ['Is milestone', 'Milestone?', 'Key date'],
      description: 'yes for a milestone (a diamond at its date); empty means no.',
    },
    {
      key: 'accountId',
      header: ACCOUNT_ID_COLUMN.header,
      // A bare "ID" column in a plan is usually a task number, so that alias is left out here.
      aliases: ACCOUNT_ID_COLUMN.aliases.filter((alias) => alias !== 'ID'),
      description: 'Optional: the account the task belongs to (must be in the Accounts sheet).',
    },
  ],
  rowSchema: (locale) =>
    z.object({
      workstream: required(textCell(), 'a workstream'),
      task: required(textCell(), 'a task name'),
      start: dateCell(locale),
      end: dateCell(locale),
      owner: textCell(),
      status: statusCell(),
      milestone: booleanCell(),
      accountId: textCell(),
    }),
};
