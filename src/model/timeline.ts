/** Validated data of the Timeline sheet: rollout tasks and milestones, grouped by workstream. */

export const TASK_STATUSES = ['Planned', 'In progress', 'Done', 'Late'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TimelineTask {
  workstream: string;
  task: string;
  /** UTC midnight of the first day. */
  start: Date;
  /** UTC midnight of the last day (inclusive): a one-day task or a milestone has end = start. */
  end: Date;
  owner?: string;
  status: TaskStatus;
  /** A point in time drawn as a diamond at `end` (start = end after validation). */
  milestone: boolean;
  /** Optional link to an account of the Accounts sheet (validated to exist). */
  accountId?: string;
  /** Sheet row the task came from: a stable tie-breaker and a pointer for notes. */
  row: number;
}

export interface TimelineData {
  /** The sheet name as written in the workbook, for notes. */
  sheet: string;
  /** In sheet order. */
  tasks: TimelineTask[];
}
