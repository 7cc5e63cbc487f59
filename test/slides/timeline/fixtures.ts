/** Hand-built timeline models for the timeline tests. */
import type { KamModel } from '../../../src/model/model.js';
import type { TimelineTask } from '../../../src/model/timeline.js';
import { makeModel } from '../../helpers/model.js';

/** UTC midnight of an ISO day. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The deck's as-of date in `makeModel`: 2026-09-30. */
export const AS_OF = day('2026-09-30');

let nextRow = 2;

export function task(partial: Partial<TimelineTask> & { task: string }): TimelineTask {
  const start = partial.start ?? day('2026-09-01');
  return {
    workstream: 'Integration',
    start,
    end: partial.end ?? start,
    status: 'Planned',
    milestone: false,
    row: nextRow++,
    ...partial,
  };
}

export function timelineModel(tasks: TimelineTask[]): KamModel {
  return {
    ...makeModel(
      ['FY2026'],
      [
        { id: 'KA-1', name: 'Northwind Health', revenue: [100] },
        { id: 'KA-2', name: 'Bluepeak Labs', revenue: [50] },
      ],
    ),
    timeline: { sheet: 'Timeline', tasks },
  };
}
