import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../../../src/model/timeline.js';
import {
  analyseTask,
  analyseTimeline,
  DEFAULT_TIMELINE_PARAMS,
  isOverdue,
} from '../../../src/slides/timeline/analyse.js';
import { seededRandom } from '../../helpers/model.js';
import { AS_OF, day, task, timelineModel } from './fixtures.js';

const params = DEFAULT_TIMELINE_PARAMS;

describe('overdue and flagged tasks (as of 2026-09-30)', () => {
  it.each<[string, TaskStatus, boolean, number, boolean]>([
    // end, status, overdue, days overdue, flagged
    ['2026-09-29', 'In progress', true, 1, true], // ended yesterday, not done
    ['2026-09-30', 'In progress', false, 0, false], // due today: not overdue yet
    ['2026-09-01', 'Done', false, 0, false], // done tasks are never overdue
    ['2026-09-01', 'Planned', true, 29, true], // Sep 1 → Sep 30 is 29 days
    ['2026-10-15', 'Late', false, 0, true], // marked late, end still ahead
    ['2026-09-10', 'Late', true, 20, true], // Sep 10 → Sep 30 is 20 days
    ['2026-12-31', 'Planned', false, 0, false],
  ])('end %s, %s → overdue %s (%i days), flagged %s', (end, status, overdue, days, flagged) => {
    const analysed = analyseTask(
      task({ task: 'T', start: day('2026-08-01'), end: day(end), status }),
      AS_OF,
    );
    expect(isOverdue(analysed, AS_OF)).toBe(overdue);
    expect(analysed).toMatchObject({ overdue, daysOverdue: days, flagged });
  });
});

describe('analyseTimeline', () => {
  const tasks = [
    task({
      task: 'Interfaces',
      workstream: 'Integration',
      start: day('2026-08-03'),
      end: day('2026-09-18'),
      status: 'In progress',
    }),
    task({
      task: 'Workshops',
      workstream: 'Discovery',
      start: day('2026-06-15'),
      end: day('2026-07-10'),
      status: 'Done',
    }),
    task({
      task: 'Assessment',
      workstream: 'Integration',
      start: day('2026-07-13'),
      end: day('2026-10-16'),
      status: 'Late',
    }),
    task({
      task: 'Sign-off',
      workstream: 'Discovery',
      start: day('2026-07-17'),
      milestone: true,
      status: 'Done',
    }),
    task({ task: 'Go-live', workstream: 'Rollout', start: day('2026-11-16'), milestone: true }),
    task({
      task: 'Test complete',
      workstream: 'Integration',
      start: day('2026-11-06'),
      milestone: true,
    }),
    task({
      task: 'Training',
      workstream: 'Rollout',
      start: day('2026-08-31'),
      end: day('2026-09-25'),
      status: 'In progress',
      owner: 'Priya',
    }),
  ];
  const result = analyseTimeline(timelineModel(tasks), params);

  it('groups by workstream in order of first appearance, tasks by start date', () => {
    expect(result.workstreams.map((w) => w.name)).toEqual(['Integration', 'Discovery', 'Rollout']);
    expect(result.workstreams[0]?.tasks.map((t) => t.task)).toEqual([
      'Assessment', // starts Jul 13
      'Interfaces', // Aug 3
      'Test complete', // Nov 6
    ]);
    expect(result.workstreams[2]?.tasks.map((t) => t.task)).toEqual(['Training', 'Go-live']);
  });

  it('counts statuses and overdue tasks', () => {
    expect(result.counts).toEqual({
      total: 7,
      byStatus: { Planned: 2, 'In progress': 2, Done: 2, Late: 1 },
      overdue: 2, // Interfaces (ended Sep 18) and Training (Sep 25); Assessment ends Oct 16
      lateNotOverdue: 1, // Assessment
      milestones: 3,
    });
  });

  it('lists overdue tasks most overdue first', () => {
    expect(result.overdueTasks.map((t) => [t.task, t.daysOverdue])).toEqual([
      ['Interfaces', 12], // Sep 18 → Sep 30
      ['Training', 5], // Sep 25 → Sep 30
    ]);
  });

  it('names the first open milestone on or after the as-of date', () => {
    expect(result.nextMilestone?.task).toBe('Test complete'); // Nov 6 before Nov 16
  });

  it('counts a milestone due on the as-of date as the next one', () => {
    const due = task({ task: 'Due today', start: AS_OF, milestone: true });
    const later = task({ task: 'Later', start: day('2026-10-01'), milestone: true });
    expect(analyseTimeline(timelineModel([later, due]), params).nextMilestone?.task).toBe(
      'Due today',
    );
  });

  it('scales the axis to the tasks: Jun 15 2026 – Nov 16 2026 is months, Jun to Nov', () => {
    // 2026-06-15 … 2026-11-16 inclusive = 155 days (> 91): months, widened to whole months.
    expect(result.axis.unit).toBe('month');
    expect(result.axis.start).toEqual(day('2026-06-01'));
    expect(result.axis.end).toEqual(day('2026-12-01'));
    expect(result.axis.ticks).toHaveLength(7); // Jun 1, Jul 1, … Dec 1
  });

  it('widens the axis to include the as-of date, so the today line is always shown', () => {
    const future = [task({ task: 'Later', start: day('2027-03-01'), end: day('2027-04-30') })];
    const axis = analyseTimeline(timelineModel(future), params).axis;
    expect(axis.start.getTime()).toBeLessThanOrEqual(AS_OF.getTime());
    expect(axis.end.getTime()).toBeGreaterThan(day('2027-04-30').getTime());
  });

  it('uses a fixed scale on request', () => {
    expect(
      analyseTimeline(timelineModel(tasks), { scale: 'quarter' }).axis.ticks.map((t) =>
        t.toISOString().slice(0, 10),
      ),
    ).toEqual(['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01']);
  });

  it('filters to one account', () => {
    const mixed = [
      task({ task: 'A', accountId: 'KA-1' }),
      task({ task: 'B', accountId: 'KA-2' }),
      task({ task: 'C' }),
    ];
    const filtered = analyseTimeline(timelineModel(mixed), { ...params, account: 'KA-2' });
    expect(filtered.counts.total).toBe(1);
    expect(filtered.account).toEqual({ id: 'KA-2', name: 'Bluepeak Labs' });
    expect(analyseTimeline(timelineModel(mixed), params).counts.total).toBe(3);
  });

  it('handles no tasks and a single task', () => {
    const empty = analyseTimeline(timelineModel([]), params);
    expect(empty.workstreams).toEqual([]);
    expect(empty.counts.total).toBe(0);
    expect(empty.axis.unit).toBe('week'); // just the as-of date
    const single = analyseTimeline(
      timelineModel([task({ task: 'Only', start: AS_OF, end: AS_OF })]),
      params,
    );
    expect(single.workstreams).toHaveLength(1);
    expect(single.nextMilestone).toBeUndefined();
  });

  it('breaks ties on start and end by name, then row', () => {
    const same = { start: day('2026-09-01'), end: day('2026-09-10') };
    const tied = [task({ task: 'Zeta', ...same }), task({ task: 'Alpha', ...same })];
    const names = analyseTimeline(timelineModel(tied), params).workstreams[0]?.tasks.map(
      (t) => t.task,
    );
    expect(names).toEqual(['Alpha', 'Zeta']);
  });

  it('keeps every task exactly once and counts consistently at 2,000 tasks', () => {
    const random = seededRandom(11);
    const statuses: TaskStatus[] = ['Planned', 'In progress', 'Done', 'Late'];
    const many = Array.from({ length: 2000 }, (_, index) => {
      const start = new Date(Date.UTC(2025, 0, 1 + Math.floor(random() * 700)));
      const end = new Date(start.getTime() + Math.floor(random() * 90) * 86_400_000);
      return task({
        task: `T${index}`,
        workstream: `W${Math.floor(random() * 25)}`,
        start,
        end,
        status: statuses[index % 4] ?? 'Planned',
      });
    });
    const big = analyseTimeline(timelineModel(many), params);
    const all = big.workstreams.flatMap((w) => w.tasks.map((t) => t.task));
    expect(new Set(all).size).toBe(2000);
    expect(Object.values(big.counts.byStatus).reduce((a, b) => a + b, 0)).toBe(2000);
    const bruteForce = many.filter((t) => t.status !== 'Done' && t.end < AS_OF).length;
    expect(big.counts.overdue).toBe(bruteForce);
    expect(big.axis.start.getTime()).toBeLessThanOrEqual(
      Math.min(...many.map((t) => t.start.getTime())),
    );
    expect(big.axis.unit).toBe('quarter'); // 2025-01-01 … ~2027-02: about 790 days
  });
});
