/**
 * Rollout timeline analysis: tasks grouped by workstream (in order of first appearance, each sorted
 * by start, end, name, row), flagged when overdue — end before the as-of date and not done — or
 * marked Late, counted for the headline, and placed on a time axis scaled to the data and as-of.
 */
import type { KamModel } from '../../model/model.js';
import type { TaskStatus, TimelineTask } from '../../model/timeline.js';
import { buildTimeAxis, daysBetween, type TimeAxis, type TimeUnit } from './time-axis.js';

export interface TimelineParams {
  /** Only the tasks of this account (its Account ID); default every task. */
  account?: string | undefined;
  /** Axis unit; `auto` picks it from the span. */
  scale: 'auto' | TimeUnit;
}

export const DEFAULT_TIMELINE_PARAMS: TimelineParams = { scale: 'auto' };

export interface AnalysedTask extends TimelineTask {
  /** End before the as-of date and not Done (the method's definition). */
  overdue: boolean;
  /** Days past the end at the as-of date (0 unless overdue). */
  daysOverdue: number;
  /** Shown in the bad colour: overdue, or marked Late by its owner. */
  flagged: boolean;
}

export interface Workstream {
  name: string;
  tasks: AnalysedTask[];
}

export interface TimelineCounts {
  total: number;
  byStatus: Record<TaskStatus, number>;
  overdue: number;
  /** Marked Late but not (yet) past their end: flagged without being overdue. */
  lateNotOverdue: number;
  milestones: number;
}

export interface TimelineResult {
  sheet: string;
  asOf: Date;
  account?: { id: string; name: string } | undefined;
  axis: TimeAxis;
  workstreams: Workstream[];
  counts: TimelineCounts;
  /** Most overdue first (earliest end), then by workstream order and row. */
  overdueTasks: AnalysedTask[];
  /** The first milestone on or after the as-of date that is not done. */
  nextMilestone?: AnalysedTask | undefined;
}

export function isOverdue(task: TimelineTask, asOf: Date): boolean {
  return task.status !== 'Done' && task.end < asOf;
}

export function analyseTask(task: TimelineTask, asOf: Date): AnalysedTask {
  const overdue = isOverdue(task, asOf);
  return {
    ...task,
    overdue,
    daysOverdue: overdue ? daysBetween(task.end, asOf) : 0,
    flagged: overdue || task.status === 'Late',
  };
}

function compareTasks(a: TimelineTask, b: TimelineTask): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    a.task.localeCompare(b.task) ||
    a.row - b.row
  );
}

/** Workstreams in order of first appearance in the sheet; tasks by start, end, name, row. */
export function groupByWorkstream(tasks: readonly AnalysedTask[]): Workstream[] {
  const groups = new Map<string, AnalysedTask[]>();
  for (const task of [...tasks].sort((a, b) => a.row - b.row)) {
    const group = groups.get(task.workstream) ?? [];
    group.push(task);
    groups.set(task.workstream, group);
  }
  return [...groups].map(([name, members]) => ({ name, tasks: members.sort(compareTasks) }));
}

export function countTasks(tasks: readonly AnalysedTask[]): TimelineCounts {
  const byStatus: Record<TaskStatus, number> = { Planned: 0, 'In progress': 0, Done: 0, Late: 0 };
  for (const task of tasks) byStatus[task.status] += 1;
  return {
    total: tasks.length,
    byStatus,
    overdue: tasks.filter((task) => task.overdue).length,
    lateNotOverdue: tasks.filter((task) => task.status === 'Late' && !task.overdue).length,
    milestones: tasks.filter((task) => task.milestone).length,
  };
}

/** The axis spans every task and the as-of date, so the today line is always on the slide. */
function axisFor(tasks: readonly TimelineTask[], asOf: Date, scale: TimelineParams['scale']) {
  const starts = [asOf, ...tasks.map((task) => task.start)].map((date) => date.getTime());
  const ends = [asOf, ...tasks.map((task) => task.end)].map((date) => date.getTime());
  const first = new Date(Math.min(...starts));
  const last = new Date(Math.max(...ends));
  return buildTimeAxis(first, last, scale === 'auto' ? undefined : scale);
}

export function tasksFor(model: KamModel, account: string | undefined): TimelineTask[] {
  const tasks = model.timeline?.tasks ?? [];
  return account === undefined ? tasks : tasks.filter((task) => task.accountId === account);
}

export function analyseTimeline(model: KamModel, params: TimelineParams): TimelineResult {
  const asOf = model.deck.asOf;
  const tasks = tasksFor(model, params.account).map((task) => analyseTask(task, asOf));
  const workstreams = groupByWorkstream(tasks);
  const ordered = workstreams.flatMap((workstream) => workstream.tasks);
  const account = model.accounts.find((candidate) => candidate.id === params.account);
  return {
    sheet: model.timeline?.sheet ?? 'Timeline',
    asOf,
    account: account === undefined ? undefined : { id: account.id, name: account.name },
    axis: axisFor(tasks, asOf, params.scale),
    workstreams,
    counts: countTasks(tasks),
    // A stable sort keeps the workstream order among tasks with the same end.
    overdueTasks: ordered
      .filter((task) => task.overdue)
      .sort((a, b) => a.end.getTime() - b.end.getTime()),
    nextMilestone: ordered
      .filter((task) => task.milestone && task.status !== 'Done' && task.end >= asOf)
      .sort((a, b) => a.end.getTime() - b.end.getTime())[0],
  };
}
