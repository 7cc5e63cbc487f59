import { beforeAll, describe, expect, it } from 'vitest';
import { SLIDE } from '../../../src/compose/layout.js';
import type { ShapeElement, SlideSpec } from '../../../src/compose/spec.js';
import type { ComposeContext } from '../../../src/slides/slide-module.js';
import { analyseTimeline, DEFAULT_TIMELINE_PARAMS } from '../../../src/slides/timeline/analyse.js';
import { composeTimeline } from '../../../src/slides/timeline/compose.js';
import { ganttLayout, rowsPerSlide } from '../../../src/slides/timeline/gantt-layout.js';
import { addDays, xForDate } from '../../../src/slides/timeline/time-axis.js';
import {
  composeContext,
  elementsOutsideSlide,
  overlappingPairs,
  visibleTexts,
} from '../../helpers/compose.js';
import { AS_OF, day, task, timelineModel } from './fixtures.js';

let ctx: ComposeContext;
beforeAll(async () => {
  ctx = await composeContext(timelineModel([]).deck);
});

const shapes = (slide: SlideSpec, kind: ShapeElement['shape']) =>
  slide.elements.filter((e): e is ShapeElement => e.type === 'shape' && e.shape === kind);

/** Lines have no width or height, so they are checked on their own: ends on the slide. */
function linesOffSlide(slide: SlideSpec): ShapeElement[] {
  return shapes(slide, 'line').filter(
    ({ box }) =>
      box.xIn < 0 || box.yIn < 0 || box.xIn + box.wIn > SLIDE.wIn || box.yIn + box.hIn > SLIDE.hIn,
  );
}

function expectClean(slide: SlideSpec) {
  const boxed = {
    ...slide,
    elements: slide.elements.filter((e) => !(e.type === 'shape' && e.shape === 'line')),
  };
  expect(elementsOutsideSlide(boxed)).toEqual([]);
  expect(linesOffSlide(slide)).toEqual([]);
  expect(overlappingPairs(slide)).toEqual([]);
}

const LONG = 'Clinical documentation templates and order sets harmonised across all acute sites';

const sampleTasks = () => [
  task({
    task: 'Assessment',
    workstream: 'Discovery',
    start: day('2026-06-01'),
    end: day('2026-06-26'),
    status: 'Done',
    owner: 'Arjun',
  }),
  task({
    task: 'Sign-off',
    workstream: 'Discovery',
    start: day('2026-07-17'),
    milestone: true,
    status: 'Done',
  }),
  task({
    task: 'ADT interfaces',
    workstream: 'Integration',
    start: day('2026-07-13'),
    end: day('2026-09-18'),
    status: 'In progress',
  }),
  task({
    task: 'Lab interface',
    workstream: 'Integration',
    start: day('2026-08-03'),
    end: day('2026-10-16'),
    status: 'Late',
  }),
  task({
    task: LONG,
    workstream: 'Clinical rollout',
    start: day('2026-08-24'),
    end: day('2026-10-23'),
    status: 'In progress',
  }),
  task({
    task: 'Go-live',
    workstream: 'Clinical rollout',
    start: day('2026-11-16'),
    milestone: true,
  }),
  task({
    task: 'Hypercare',
    workstream: 'Change management',
    start: day('2026-11-16'),
    end: day('2027-02-26'),
  }),
];

describe('composeTimeline at the sample size', () => {
  const compose = () =>
    composeTimeline(analyseTimeline(timelineModel(sampleTasks()), DEFAULT_TIMELINE_PARAMS), ctx);

  it('makes one slide that fits the 16:9 slide with no text overlapping', () => {
    const slides = compose();
    expect(slides).toHaveLength(1);
    expectClean(slides[0] as SlideSpec);
  });

  it('says the overdue count in the headline and the title', () => {
    const [slide] = compose();
    expect(slide?.title).toBe('Rollout timeline');
    expect(visibleTexts(slide as SlideSpec)[1]).toBe(
      '1 task overdue as of Sep 30, 2026 and 1 more marked late; 2 of 7 tasks done. Next milestone: Go-live, Nov 16, 2026.',
    );
  });

  it('draws a bar per task and a diamond per milestone, placed by the time mapping', () => {
    const [slide] = compose();
    const result = analyseTimeline(timelineModel(sampleTasks()), DEFAULT_TIMELINE_PARAMS);
    const layout = ganttLayout(7, true);
    const x = (date: Date) => xForDate(result.axis, date, layout.chart.xIn, layout.chart.wIn);
    const bars = shapes(slide as SlideSpec, 'rect').filter(
      (r) => r.box.xIn >= layout.chart.xIn - 1e-9 && r.box.hIn < layout.rowHIn,
    );
    expect(bars).toHaveLength(5);
    expect(shapes(slide as SlideSpec, 'diamond')).toHaveLength(2 + 1); // two milestones + legend
    // ADT interfaces: Jul 13 to the end of Sep 18.
    const adt = bars.find((b) => Math.abs(b.box.xIn - x(day('2026-07-13'))) < 1e-9);
    expect(adt?.box.wIn).toBeCloseTo(x(addDays(day('2026-09-18'), 1)) - x(day('2026-07-13')), 9);
    expect(adt?.line?.color).toBe(ctx.theme.status.bad); // overdue: bad outline
    expect(adt?.fill).toBe(ctx.theme.colors.accent1); // in progress
  });

  it('fills Late tasks with the bad colour and marks every flagged task with "!"', () => {
    const [slide] = compose();
    const late = shapes(slide as SlideSpec, 'rect').filter(
      (r) => r.fill === ctx.theme.status.bad && r.line !== undefined,
    );
    expect(late.length).toBeGreaterThanOrEqual(1);
    const markers = shapes(slide as SlideSpec, 'ellipse').filter((e) => e.text?.value === '!');
    expect(markers).toHaveLength(2); // ADT (overdue) and Lab interface (Late)
  });

  it('draws the today line at the as-of date across the rows', () => {
    const [slide] = compose();
    const result = analyseTimeline(timelineModel(sampleTasks()), DEFAULT_TIMELINE_PARAMS);
    const layout = ganttLayout(7, true);
    const today = shapes(slide as SlideSpec, 'line').find(
      (l) => l.line?.dash === 'dash' && l.box.hIn > 1,
    );
    expect(today?.box.xIn).toBeCloseTo(
      xForDate(result.axis, AS_OF, layout.chart.xIn, layout.chart.wIn),
      9,
    );
    expect(today?.box.yIn).toBeCloseTo(layout.rowsTopIn, 9);
  });

  it('shortens long task names on the slide and gives them in full in the notes', () => {
    const [slide] = compose();
    const texts = visibleTexts(slide as SlideSpec);
    expect(texts).not.toContain(LONG);
    expect(
      texts.some((text) => text.startsWith('Clinical documentation') && text.endsWith('…')),
    ).toBe(true);
    expect(slide?.notes).toContain(`- Clinical rollout: ${LONG}`);
    expect(slide?.notes).toContain(
      '- ADT interfaces (Integration): ends Sep 18, 2026, In progress, 12 days overdue',
    );
  });

  it('shows month labels with the year above', () => {
    const texts = visibleTexts(compose()[0] as SlideSpec);
    for (const label of ['Jun', 'Jul', 'Oct', 'Feb', '2026', '2027'])
      expect(texts).toContain(label);
  });
});

describe('composeTimeline at a large size', () => {
  // 8 workstreams × 25 tasks = 200 rows; 25 rows never fit one slide, so each workstream splits.
  const many = Array.from({ length: 200 }, (_, index) =>
    task({
      task: `Task ${index + 1}`,
      workstream: `Workstream ${Math.floor(index / 25) + 1}`,
      start: addDays(day('2026-01-05'), index * 3),
      end: addDays(day('2026-01-05'), index * 3 + 20),
      status: index % 7 === 0 ? 'Late' : 'Planned',
    }),
  );
  let slides: SlideSpec[] = [];
  beforeAll(() => {
    slides = composeTimeline(analyseTimeline(timelineModel(many), DEFAULT_TIMELINE_PARAMS), ctx);
  });

  it('pages by workstream at a legible row height with "(continued)" parts', () => {
    const capacity = rowsPerSlide();
    expect(capacity).toBeGreaterThanOrEqual(14);
    expect(slides.length).toBeGreaterThanOrEqual(Math.ceil(200 / capacity));
    expect(slides[0]?.title).toBe(`Rollout timeline (1/${slides.length})`);
    expect(slides.flatMap(visibleTexts)).toContain('Workstream 1 (continued)');
  });

  it('keeps every slide inside the bounds with no overlapping text', () => {
    for (const slide of slides) expectClean(slide);
  });

  it('shows every task exactly once across the slides', () => {
    const shown = slides.flatMap(visibleTexts).filter((text) => /^Task \d+$/.test(text));
    expect(shown).toHaveLength(200);
    expect(new Set(shown).size).toBe(200);
  });
});
